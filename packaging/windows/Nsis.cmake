# SPDX-License-Identifier: GPL-3.0-or-later
# Windows installer: cpack -G NSIS (packaging/README.md). Qt's DLLs and plugins come from
# windeployqt (packaging/Deploy.cmake); OpenSSL, SQLite and QCustomPlot DLLs are copied
# from wherever the build found them.
include("${CMAKE_SOURCE_DIR}/packaging/Deploy.cmake")

# Non-Qt DLLs the three programs load (windeployqt deploys Qt's own only).
if(SEEDSCOPE_BUILD_GUI)
    set(_seedscope_programs "$<TARGET_FILE:seedscope>" "$<TARGET_FILE:seedscope-cli>" "$<TARGET_FILE:seedscope-pdf>")
else()
    set(_seedscope_programs "$<TARGET_FILE:seedscope-cli>")
endif()
# Each folder quoted on its own, so paths with spaces stay whole in the install script.
set(_search_dirs "")
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    string(APPEND _search_dirs " \"${prefix}/bin\"")
endforeach()
# libpq is loaded when a team case is opened (core/casedb_pg/LibPq.h): no program's import
# table names it, so the installer carries it, and the DLLs it needs, explicitly.
set(_libpq_code "")
if(TARGET seedscope_casedb_pg AND PostgreSQL_LIBRARY)
    get_filename_component(_pq_dir "${PostgreSQL_LIBRARY}" DIRECTORY)
    find_file(SEEDSCOPE_LIBPQ_DLL libpq.dll HINTS "${_pq_dir}/../bin" "${_pq_dir}" NO_DEFAULT_PATH)
    if(SEEDSCOPE_LIBPQ_DLL)
        set(_libpq_code "LIBRARIES \"${SEEDSCOPE_LIBPQ_DLL}\"")
        install(FILES "${SEEDSCOPE_LIBPQ_DLL}" DESTINATION "${CMAKE_INSTALL_BINDIR}")
    else()
        message(WARNING "libpq.dll not found beside ${PostgreSQL_LIBRARY}: the installer will not open team cases")
    endif()
endif()
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${_seedscope_programs}
        ${_libpq_code}
        RESOLVED_DEPENDENCIES_VAR _deps
        UNRESOLVED_DEPENDENCIES_VAR _missing
        DIRECTORIES ${_search_dirs}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
        POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\" \".*[Ww][Ii][Nn][Dd][Oo][Ww][Ss]/.*\")
    foreach(_dll IN LISTS _deps)
        file(INSTALL \"\${_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    endforeach()
    if(_missing)
        message(WARNING \"Unresolved DLLs (the installer may not start): \${_missing}\")
    endif()
")

# The icon (scripts/make-installer-icons.sh makes it from packaging/icons/seedscope.svg):
# built into the programs through a resource script, and the installer's own.
set(SEEDSCOPE_WINDOWS_ICON "${CMAKE_SOURCE_DIR}/packaging/windows/seedscope.ico")
configure_file("${CMAKE_SOURCE_DIR}/packaging/windows/seedscope.rc.in" "${CMAKE_BINARY_DIR}/packaging/seedscope.rc" @ONLY)
target_sources(seedscope-cli PRIVATE "${CMAKE_BINARY_DIR}/packaging/seedscope.rc")
if(SEEDSCOPE_BUILD_GUI)
    target_sources(seedscope PRIVATE "${CMAKE_BINARY_DIR}/packaging/seedscope.rc")
endif()
set(CPACK_NSIS_MUI_ICON "${SEEDSCOPE_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${SEEDSCOPE_WINDOWS_ICON}")

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Seedscope")
set(CPACK_NSIS_DISPLAY_NAME "Seedscope ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
# Add/Remove Programs shows the icon built into seedscope.exe.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\seedscope.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "seedscope.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MENU_LINKS "bin/seedscope.exe" "Seedscope")

# File associations (.seeddump, .seedcase): plain NSIS in FileAssociations.nsh, so quotes
# and backslashes are not escaped through CMake and CPack (CPackConfig.cmake keeps double
# quotes unescaped, hence the single-quoted path).
set(_assoc "${CMAKE_SOURCE_DIR}/packaging/windows/FileAssociations.nsh")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include '${_assoc}'\n!insertmacro SeedscopeAssociate")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include '${_assoc}'\n!insertmacro SeedscopeUnassociate")
