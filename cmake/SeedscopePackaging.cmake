# SPDX-License-Identifier: GPL-3.0-or-later
# Installation layout; installers (packaging/) build on top of this.
include(GNUInstallDirs)
set(CPACK_PACKAGE_NAME "seedscope")
set(CPACK_PACKAGE_VENDOR "Seedscope")
set(CPACK_PACKAGE_CONTACT "Seedscope maintainers")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "TGZ")
include(CPack)
