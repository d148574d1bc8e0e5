# CPack settings shared by every installer, then one block per platform.
# Build an installer with `cmake --build <dir> --target package` or
# `cpack --config <dir>/CPackConfig.cmake -G <generator>`; packaging/README.md has the details.
set(SENDTRAIL_HOMEPAGE https://github.com/sendtrail/sendtrail)
set(SENDTRAIL_MAINTAINER "Sendtrail maintainers <sendtrail@users.noreply.github.com>")

set(CPACK_PACKAGE_NAME sendtrail)
set(CPACK_PACKAGE_VENDOR "Sendtrail contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${SENDTRAIL_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${SENDTRAIL_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Browse and export Alibaba Cloud Direct Mail sending records")
# Debian shows this as is, so keep its lines under 80 characters.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Sendtrail shows every email an Alibaba Cloud Direct Mail account sent, one row"
    "per message: recipient, sender, subject, delivery status, the receiving"
    "server's SMTP reply, error classification, IP pool, config set and time."
    "It explains bounces in plain language and exports any time range to CSV,"
    "XLSX or JSON Lines. Account secrets stay in the system keychain."
    "."
    "The package contains the desktop app (sendtrail) and a command-line exporter"
    "(sendtrail-cli).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Sendtrail)
set(CPACK_PACKAGE_EXECUTABLES sendtrail Sendtrail)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# WiX insists on a .txt or .rtf licence; the DMG and NSIS pages show the same file.
set(licence_source ${PROJECT_SOURCE_DIR}/LICENSE)
if(NOT EXISTS ${licence_source})
    set(licence_source ${CMAKE_CURRENT_SOURCE_DIR}/linux/copyright)
endif()
configure_file(${licence_source} ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/\\.cache/" "/node_modules/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_PACKAGE_NAME sendtrail)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # keep in step with packaging/linux/changelog
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SENDTRAIL_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION mail)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SENDTRAIL_HOMEPAGE})
    # dpkg-shlibdeps derives the Qt, QtKeychain and libxlsxwriter dependencies from the binaries.
    # On Debian 12 that already covers the runtime plugins: the xcb platform plugin ships in
    # libqt6gui6 and the OpenSSL TLS backend in libqt6network6 (which depends on libssl3).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # QtKeychain dlopen()s libsecret, so no ELF dependency reveals it.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
    # A Secret Service (or KWallet) to keep secrets in, as QtKeychain itself recommends;
    # Wayland-native windows; Qt's own strings (standard buttons, file dialogs) in zh_CN;
    # qt6-qpa-plugins only carries the VNC platform and TUIO input plugins on Debian 12.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n, qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
        OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
elseif(WIN32)
    set(CPACK_GENERATOR WIX ZIP)
    set(windows_icon ${CMAKE_CURRENT_SOURCE_DIR}/windows/sendtrail.ico)
    # Identifies the product across versions so an upgrade replaces it: never change it.
    set(CPACK_WIX_UPGRADE_GUID 9C429B06-AEBA-4E71-8A68-4700C9B95DEC)
    set(CPACK_WIX_PRODUCT_ICON ${windows_icon})
    set(CPACK_WIX_PROGRAM_MENU_FOLDER Sendtrail)
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${SENDTRAIL_HOMEPAGE})
    set(CPACK_WIX_PROPERTY_ARPHELPLINK ${SENDTRAIL_HOMEPAGE}/issues)
    set(CPACK_WIX_ARCHITECTURE x64)
    # The same installer as NSIS, for machines without the WiX toolset: cpack -G NSIS.
    set(CPACK_NSIS_DISPLAY_NAME Sendtrail)
    set(CPACK_NSIS_PACKAGE_NAME Sendtrail)
    set(CPACK_NSIS_MUI_ICON ${windows_icon})
    set(CPACK_NSIS_MUI_UNIICON ${windows_icon})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\sendtrail.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT ${SENDTRAIL_HOMEPAGE})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Sendtrail)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_SOURCE_DIR}/macos/sendtrail.icns)
endif()

include(CPack)
