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
set(_search_dirs)
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _search_dirs "${prefix}/bin")
endforeach()
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${_seedscope_programs}
        RESOLVED_DEPENDENCIES_VAR _deps
        UNRESOLVED_DEPENDENCIES_VAR _missing
        DIRECTORIES \"${_search_dirs}\"
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
        POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\" \".*[Ww][Ii][Nn][Dd][Oo][Ww][Ss]/.*\")
    foreach(_dll IN LISTS _deps)
        file(INSTALL \"\${_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    endforeach()
    if(_missing)
        message(WARNING \"Unresolved DLLs (the installer may not start): \${_missing}\")
    endif()
")

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Seedscope")
set(CPACK_NSIS_DISPLAY_NAME "Seedscope ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\seedscope.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "seedscope.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MENU_LINKS "bin/seedscope.exe" "Seedscope")

# File associations: a double-click on a .seeddump or .seedcase opens Seedscope. The
# ProgIDs live under HKCR (all users; the installer asks for administrator rights), and
# SHChangeNotify tells Explorer to refresh its icons.
set(_exe "$INSTDIR\\\\bin\\\\seedscope.exe")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.seeddump' '' 'Seedscope.Dump'
  WriteRegStr HKCR 'Seedscope.Dump' '' 'Seed device dump'
  WriteRegStr HKCR 'Seedscope.Dump\\\\DefaultIcon' '' '${_exe},0'
  WriteRegStr HKCR 'Seedscope.Dump\\\\shell\\\\open\\\\command' '' '\\\"${_exe}\\\" \\\"%1\\\"'
  WriteRegStr HKCR '.seedcase' '' 'Seedscope.Case'
  WriteRegStr HKCR 'Seedscope.Case' '' 'Seedscope case file'
  WriteRegStr HKCR 'Seedscope.Case\\\\DefaultIcon' '' '${_exe},0'
  WriteRegStr HKCR 'Seedscope.Case\\\\shell\\\\open\\\\command' '' '\\\"${_exe}\\\" \\\"%1\\\"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR 'Seedscope.Dump'
  DeleteRegKey HKCR 'Seedscope.Case'
  ReadRegStr $0 HKCR '.seeddump' ''
  StrCmp $0 'Seedscope.Dump' 0 +2
  DeleteRegKey HKCR '.seeddump'
  ReadRegStr $0 HKCR '.seedcase' ''
  StrCmp $0 'Seedscope.Case' 0 +2
  DeleteRegKey HKCR '.seedcase'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
")
