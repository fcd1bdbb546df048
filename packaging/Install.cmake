# SPDX-License-Identifier: GPL-3.0-or-later
# Files every installer carries besides the programs: the bundled sample (File > Open the
# bundled sample looks in share/seedscope/samples) and, on Linux, the desktop integration.

install(DIRECTORY "${CMAKE_SOURCE_DIR}/resources/samples/omega-sample"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/seedscope/samples"
        PATTERN "README.md" EXCLUDE)

if(UNIX AND NOT APPLE AND SEEDSCOPE_BUILD_GUI)
    set(_linux "${CMAKE_SOURCE_DIR}/packaging/linux")
    set(SEEDSCOPE_APP_ID "org.seedscope.Seedscope")
    install(FILES "${_linux}/${SEEDSCOPE_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_linux}/${SEEDSCOPE_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${_linux}/seedscope-mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
            RENAME "seedscope.xml")
    install(FILES "${CMAKE_SOURCE_DIR}/packaging/icons/seedscope.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${SEEDSCOPE_APP_ID}.svg")

    # PNG sizes are rendered from the SVG at build time (librsvg2-bin, no network).
    find_program(SEEDSCOPE_RSVG_CONVERT rsvg-convert)
    if(SEEDSCOPE_RSVG_CONVERT)
        set(_pngs)
        foreach(size IN ITEMS 16 24 32 48 64 128 256 512)
            set(_png "${CMAKE_BINARY_DIR}/icons/${size}x${size}/${SEEDSCOPE_APP_ID}.png")
            add_custom_command(OUTPUT "${_png}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/icons/${size}x${size}"
                COMMAND "${SEEDSCOPE_RSVG_CONVERT}" -w ${size} -h ${size}
                        -o "${_png}" "${CMAKE_SOURCE_DIR}/packaging/icons/seedscope.svg"
                DEPENDS "${CMAKE_SOURCE_DIR}/packaging/icons/seedscope.svg"
                COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
            list(APPEND _pngs "${_png}")
            install(FILES "${_png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
        endforeach()
        add_custom_target(seedscope_icons ALL DEPENDS ${_pngs})
    else()
        message(WARNING "rsvg-convert (librsvg2-bin) not found: packages carry the SVG icon only")
    endif()

    # Debian policy: copyright and a compressed changelog under share/doc/<package>.
    set(_doc "${CMAKE_INSTALL_DATADIR}/doc/seedscope")
    install(FILES "${_linux}/copyright" DESTINATION "${_doc}")
    set(_changelog "${CMAKE_BINARY_DIR}/packaging/changelog.gz")
    add_custom_command(OUTPUT "${_changelog}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/packaging"
        COMMAND sh -c "gzip -n -9 -c '${_linux}/changelog' > '${_changelog}'"
        DEPENDS "${_linux}/changelog" VERBATIM)
    add_custom_target(seedscope_changelog ALL DEPENDS "${_changelog}")
    install(FILES "${_changelog}" DESTINATION "${_doc}")
endif()
