# sendtrail_add_translations(<target>)
#
# Compiles translations/sendtrail_<lang>.ts into .qm files and embeds them in <target> as
# :/i18n/sendtrail_<lang>.qm, for QTranslator::load(QLocale(), u"sendtrail"_s, u"_"_s, u":/i18n"_s).
# The first call also creates `<target>_lupdate` and the global `update_translations` target,
# which rescan app/ and ui/ with the same options as translations/update.sh; later calls (say, for
# sendtrail-cli) only embed the .qm files, so two targets never rewrite the same .ts file.
# Needs Qt6::LinguistTools (the top-level CMakeLists.txt finds it with the GUI); without it this
# warns and leaves <target> untranslated, so a CLI-only build still configures.
function(sendtrail_add_translations target)
    if(NOT TARGET Qt6::lrelease)
        message(WARNING "sendtrail_add_translations(${target}): Qt6 LinguistTools not found")
        return()
    endif()
    file(GLOB ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/sendtrail_*.ts)
    if(NOT ts_files)
        message(WARNING "sendtrail_add_translations: no translations/sendtrail_*.ts found")
        return()
    endif()
    get_property(have_lupdate GLOBAL PROPERTY SENDTRAIL_LUPDATE_TARGET)
    if(have_lupdate)
        qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files
                        OPTIONS -silent NO_GLOBAL_TARGET)
        qt_add_resources(${target} ${target}_translations PREFIX /i18n
                         BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${qm_files})
        return()
    endif()
    set_property(GLOBAL PROPERTY SENDTRAIL_LUPDATE_TARGET ${target})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
         ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
         ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui)
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none
        LRELEASE_OPTIONS -silent)
endfunction()
