# SPDX-License-Identifier: GPL-3.0-or-later
# Installation layout and installers. The per-platform pieces live in packaging/
# (packaging/README.md says how to build and sign each installer).
include(GNUInstallDirs)
set(CPACK_PACKAGE_NAME "seedscope")
set(CPACK_PACKAGE_VENDOR "Seedscope")
set(CPACK_PACKAGE_CONTACT "Seedscope maintainers <maintainers@seedscope.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Audit and forensics workbench for Seed device ledgers")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Seedscope")
set(CPACK_PACKAGE_EXECUTABLES "seedscope;Seedscope")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
# Release binaries carry no debug sections (lintian: unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "TGZ")

include("${CMAKE_SOURCE_DIR}/packaging/Install.cmake")
if(WIN32)
    include("${CMAKE_SOURCE_DIR}/packaging/windows/Nsis.cmake")
elseif(APPLE)
    include("${CMAKE_SOURCE_DIR}/packaging/macos/Bundle.cmake")
else()
    include("${CMAKE_SOURCE_DIR}/packaging/linux/Deb.cmake")
endif()
include(CPack)
