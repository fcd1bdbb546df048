# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: seedscope.app (with Qt inside, from macdeployqt via packaging/Deploy.cmake) in a
# drag-and-drop disk image: cpack -G DragNDrop (packaging/README.md).
if(SEEDSCOPE_BUILD_GUI)
    # The Info.plist declares the two document types so Finder opens them with Seedscope.
    set_target_properties(seedscope PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_SOURCE_DIR}/packaging/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "org.seedscope.Seedscope"
        MACOSX_BUNDLE_BUNDLE_NAME "Seedscope"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later"
        MACOSX_BUNDLE_ICON_FILE "seedscope.icns")
    # The icon (scripts/make-installer-icons.sh makes it from packaging/icons/seedscope.svg)
    # goes into Contents/Resources; Info.plist names it for the app and both document types.
    set(_icns "${CMAKE_SOURCE_DIR}/packaging/macos/seedscope.icns")
    target_sources(seedscope PRIVATE "${_icns}")
    set_source_files_properties("${_icns}" TARGET_DIRECTORY seedscope PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    # The command-line twin and the PDF helper go inside the bundle, beside the GUI, so
    # the disk image holds one thing to drag (seedscope-cli finds seedscope-pdf in its
    # own folder).
    install(TARGETS seedscope-cli seedscope-pdf RUNTIME DESTINATION "seedscope.app/Contents/MacOS")
    include("${CMAKE_SOURCE_DIR}/packaging/Deploy.cmake")
    # libpq is loaded when a team case is opened (core/casedb_pg/LibPq.h), first from the
    # bundle's Frameworks; macdeployqt cannot see it, so it is copied by name.
    if(TARGET seedscope_casedb_pg AND PostgreSQL_LIBRARY)
        get_filename_component(_pq_real "${PostgreSQL_LIBRARY}" REALPATH)
        install(FILES "${_pq_real}" DESTINATION "seedscope.app/Contents/Frameworks" RENAME "libpq.5.dylib")
    endif()
endif()
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Seedscope")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
