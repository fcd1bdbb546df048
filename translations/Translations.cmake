# SPDX-License-Identifier: GPL-3.0-or-later
# The user interface translations, compiled by lrelease at build time and embedded in
# seedscope_ui as :/i18n/seedscope_<code>.qm (ui/shell/Language.cpp loads them).
# scripts/update-translations.sh refreshes the .ts files from the sources; the test
# tst_translations fails while any entry is unfinished, vanished or obsolete.
set(SEEDSCOPE_LANGUAGES es fr pt sw)
set(SEEDSCOPE_TS_FILES)
foreach(lang IN LISTS SEEDSCOPE_LANGUAGES)
    list(APPEND SEEDSCOPE_TS_FILES "${CMAKE_SOURCE_DIR}/translations/seedscope_${lang}.ts")
endforeach()
# lrelease only: the .ts files are updated on purpose (the script), never by a build;
# tst_translations fails on anything unfinished (lrelease 6.4 has no -fail-on-unfinished).
qt_add_lrelease(seedscope_ui TS_FILES ${SEEDSCOPE_TS_FILES} QM_FILES_OUTPUT_VARIABLE SEEDSCOPE_QM_FILES)
qt_add_resources(seedscope_ui "seedscope_translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}"
                 FILES ${SEEDSCOPE_QM_FILES})
