# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS installers carry Qt with them: Qt's deployment script runs
# windeployqt / macdeployqt on the installed program (Qt 6.3+, "Deploying Qt
# applications" in Qt's CMake documentation). Linux packages depend on the
# distribution's Qt instead (dpkg-shlibdeps).
if(NOT SEEDSCOPE_BUILD_GUI)
    return()
endif()
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET seedscope OUTPUT_SCRIPT _seedscope_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET seedscope FILENAME_VARIABLE _seedscope_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT "${_seedscope_deploy}")
