# Windows: icon and version resource for sendtrail.exe, Qt deployment with windeployqt, the other
# DLLs (QtKeychain, libxlsxwriter, zlib from vcpkg) and the MSVC runtime. Included from
# packaging/CMakeLists.txt when building on Windows; see packaging/README.md.
set(SENDTRAIL_WINDOWS_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/sendtrail.ico)
configure_file(windows/sendtrail.rc.in ${CMAKE_CURRENT_BINARY_DIR}/sendtrail.rc @ONLY)
target_sources(sendtrail PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/sendtrail.rc)

# windeployqt copies the Qt DLLs, plugins (platforms/qwindows, tls/qschannelbackend and
# qopensslbackend, styles, imageformats) and Qt's own translations next to the executables and
# writes qt.conf. Qt 6.4's qt_generate_deploy_app_script() takes a single target, and the CLI
# needs the same Qt DLLs, so call the deploy function it wraps with both executables.
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:sendtrail>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:sendtrail-cli>\"
    GENERATE_QT_CONF)
")
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake)

# Everything else the executables load, found where vcpkg (or -DSENDTRAIL_DLL_DIRS) put it.
# Qt's DLLs are left to windeployqt, Windows' own to Windows.
set(SENDTRAIL_DLL_DIRS "" CACHE STRING "Extra directories holding third-party DLLs to bundle")
set(dll_dirs ${SENDTRAIL_DLL_DIRS})
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND dll_dirs ${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin)
endif()
set(quoted_dll_dirs "")
foreach(dir IN LISTS dll_dirs)
    string(APPEND quoted_dll_dirs " \"${dir}\"")
endforeach()
install(CODE "
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"$<TARGET_FILE:sendtrail>\" \"$<TARGET_FILE:sendtrail-cli>\"
    DIRECTORIES${quoted_dll_dirs}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
    POST_EXCLUDE_REGEXES \".*[/\\\\\\\\][Ss]ystem32[/\\\\\\\\].*\")
if(unresolved)
    message(FATAL_ERROR \"DLLs not found (add their folder to SENDTRAIL_DLL_DIRS): \${unresolved}\")
endif()
file(INSTALL \${resolved} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
")

# vcruntime140.dll, msvcp140.dll and friends, so the installer works on a clean machine.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
