# macOS: bundle metadata and icon for Sendtrail.app, then macdeployqt through Qt's deploy script.
# Included from packaging/CMakeLists.txt when building on macOS; see packaging/README.md.
# app/sendtrail/CMakeLists.txt must make the target a bundle (MACOSX_BUNDLE) and install it with
# BUNDLE DESTINATION . — both belong to the target's own definition, so they live there.
get_target_property(is_bundle sendtrail MACOSX_BUNDLE)
if(NOT is_bundle)
    message(WARNING "sendtrail is not a MACOSX_BUNDLE target: no Sendtrail.app, no DMG deployment. "
                    "See packaging/README.md (macOS).")
    return()
endif()

set(icns ${CMAKE_CURRENT_SOURCE_DIR}/macos/sendtrail.icns)
target_sources(sendtrail PRIVATE ${icns})
set_source_files_properties(${icns} TARGET_DIRECTORY sendtrail
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(sendtrail PROPERTIES
    OUTPUT_NAME Sendtrail
    MACOSX_BUNDLE_BUNDLE_NAME Sendtrail
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SENDTRAIL_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE sendtrail.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Sendtrail contributors. MIT License.")

# macdeployqt copies the Qt frameworks and plugins (platforms/libqcocoa, tls/libqsecuretransportbackend,
# styles/libqmacstyle, imageformats) into the bundle and rewrites the install names; the non-Qt
# dylibs the executable links (QtKeychain, libxlsxwriter) are copied too.
qt_generate_deploy_app_script(TARGET sendtrail FILENAME_VARIABLE deploy_script)
install(SCRIPT ${deploy_script})
