# SPDX-License-Identifier: GPL-3.0-or-later
# The translations, compiled by lrelease at build time and embedded once, in
# seedscope_translations, as :/i18n/seedscope_<code>.qm. Every program links it: the GUI
# (through seedscope_ui) for its whole interface, seedscope-cli for its help. It needs Qt
# Core only (Catalogue.h finds and loads the catalogues), so the CLI gains no Gui.
# scripts/update-translations.sh refreshes the .ts files from the sources; the test
# tst_translations fails while any entry is unfinished, vanished or obsolete.
set(SEEDSCOPE_LANGUAGES es fr pt sw)
set(SEEDSCOPE_TS_FILES)
foreach(lang IN LISTS SEEDSCOPE_LANGUAGES)
    list(APPEND SEEDSCOPE_TS_FILES "${CMAKE_CURRENT_LIST_DIR}/seedscope_${lang}.ts")
endforeach()

add_library(seedscope_translations STATIC "${CMAKE_CURRENT_LIST_DIR}/Catalogue.h"
                                          "${CMAKE_CURRENT_LIST_DIR}/Catalogue.cpp")
target_include_directories(seedscope_translations PUBLIC "${CMAKE_CURRENT_LIST_DIR}")
target_link_libraries(seedscope_translations PUBLIC Qt6::Core PRIVATE seedscope_warnings)
# lrelease only: the .ts files are updated on purpose (the script), never by a build;
# tst_translations fails on anything unfinished (lrelease 6.4 has no -fail-on-unfinished).
qt_add_lrelease(seedscope_translations TS_FILES ${SEEDSCOPE_TS_FILES} QM_FILES_OUTPUT_VARIABLE SEEDSCOPE_QM_FILES)
# A static library's resources become an object library that Qt links into every program
# using seedscope_translations, so the catalogues are registered at start in each.
qt_add_resources(seedscope_translations "seedscope_translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}"
                 FILES ${SEEDSCOPE_QM_FILES})
