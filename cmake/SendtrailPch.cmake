# Precompiled headers: parsing Qt's headers is most of a translation unit's compile time here (about
# half of a test object's at -O3, more at -O0), so every library and test reuses one of four
# precompiled sets of the Qt and standard headers the code includes most, instead of each target
# precompiling its own (a test is one file: a PCH of its own would cost more than it saves).
#   core / widgets: Qt Core + Network (+ Gui and Widgets) for app/ and ui/ libraries and executables;
#   core_test / widgets_test: the same headers compiled with SENDTRAIL_TEST_COMPILE_OPTIONS like the
#     tests, when a preset sets them (a PCH is only valid for the -O level, sanitizers and macros it
#     was built with); without them the tests use core and widgets.
# A PCH target defines no QT_<MODULE>_LIB (the consumers' sets differ, and no header in it reads
# them) and holds nothing of QtTest, whose qtestcase.h reads the per-test QT_TESTCASE_* macros.
# GCC's -Winvalid-pch (CMake adds it) is an error under -Werror, so a mismatch fails the build instead
# of silently parsing everything again. CMAKE_DISABLE_PRECOMPILE_HEADERS=ON turns it all off, and
# scripts/clang-tidy strips the forced include, so every source must still include what it uses.
set(SENDTRAIL_PCH_CORE_HEADERS
    <algorithm> <functional> <memory> <optional> <utility> <vector>
    <QtCore/QAbstractItemModel> <QtCore/QAbstractTableModel> <QtCore/QBuffer> <QtCore/QByteArray>
    <QtCore/QCommandLineParser> <QtCore/QCoreApplication> <QtCore/QCryptographicHash> <QtCore/QDate>
    <QtCore/QDateTime> <QtCore/QDeadlineTimer> <QtCore/QDir> <QtCore/QElapsedTimer> <QtCore/QEventLoop>
    <QtCore/QFile> <QtCore/QFileInfo> <QtCore/QHash> <QtCore/QIODevice> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QJsonValue> <QtCore/QList> <QtCore/QLocale>
    <QtCore/QMap> <QtCore/QMetaType> <QtCore/QObject> <QtCore/QPointer> <QtCore/QProcess>
    <QtCore/QRandomGenerator> <QtCore/QRegularExpression> <QtCore/QSaveFile> <QtCore/QSet>
    <QtCore/QSettings> <QtCore/QSortFilterProxyModel> <QtCore/QStandardPaths> <QtCore/QString>
    <QtCore/QStringList> <QtCore/QTemporaryDir> <QtCore/QTextStream> <QtCore/QThread> <QtCore/QTimeZone>
    <QtCore/QTimer> <QtCore/QUrl> <QtCore/QUrlQuery> <QtCore/QUuid> <QtCore/QVariant>
    <QtNetwork/QHostAddress> <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply>
    <QtNetwork/QNetworkRequest> <QtNetwork/QTcpServer> <QtNetwork/QTcpSocket>)
set(SENDTRAIL_PCH_WIDGETS_HEADERS
    <QtGui/QAction> <QtGui/QClipboard> <QtGui/QCloseEvent> <QtGui/QGuiApplication> <QtGui/QKeyEvent> <QtGui/QPainter>
    <QtWidgets/QApplication> <QtWidgets/QCheckBox> <QtWidgets/QComboBox>
    <QtWidgets/QDateTimeEdit> <QtWidgets/QDialog> <QtWidgets/QDialogButtonBox> <QtWidgets/QDockWidget>
    <QtWidgets/QFileDialog> <QtWidgets/QFormLayout> <QtWidgets/QGridLayout> <QtWidgets/QHBoxLayout>
    <QtWidgets/QHeaderView> <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QMainWindow>
    <QtWidgets/QMenu> <QtWidgets/QMenuBar> <QtWidgets/QMessageBox> <QtWidgets/QPlainTextEdit>
    <QtWidgets/QProgressBar> <QtWidgets/QPushButton> <QtWidgets/QSplitter> <QtWidgets/QStatusBar>
    <QtWidgets/QStyledItemDelegate> <QtWidgets/QTableView> <QtWidgets/QTableWidget>
    <QtWidgets/QToolButton> <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>)

function(sendtrail_add_pch name)
    cmake_parse_arguments(ARG "TEST" "" "MODULES;HEADERS" ${ARGN})
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp "// The precompiled header's own target.\n")
    add_library(${name} OBJECT ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    foreach(module Platform ${ARG_MODULES})
        target_include_directories(${name} SYSTEM PRIVATE
            $<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>)
    endforeach()
    target_compile_definitions(${name} PRIVATE $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG>)
    if(ARG_TEST)
        target_compile_options(${name} PRIVATE ${SENDTRAIL_TEST_COMPILE_OPTIONS})
    endif()
    target_precompile_headers(${name} PRIVATE ${ARG_HEADERS})
endfunction()

# Called once from the top-level CMakeLists.txt, after the project-wide definitions and options.
function(sendtrail_add_pch_targets)
    if(CMAKE_DISABLE_PRECOMPILE_HEADERS)
        return()
    endif()
    set(core Core Network)
    sendtrail_add_pch(sendtrail_pch_core MODULES ${core} HEADERS ${SENDTRAIL_PCH_CORE_HEADERS})
    if(SENDTRAIL_TEST_COMPILE_OPTIONS)
        sendtrail_add_pch(sendtrail_pch_core_test TEST MODULES ${core} HEADERS ${SENDTRAIL_PCH_CORE_HEADERS})
    endif()
    if(SENDTRAIL_BUILD_GUI)
        set(widgets ${core} Gui Widgets)
        set(headers ${SENDTRAIL_PCH_CORE_HEADERS} ${SENDTRAIL_PCH_WIDGETS_HEADERS})
        sendtrail_add_pch(sendtrail_pch_widgets MODULES ${widgets} HEADERS ${headers})
        if(SENDTRAIL_TEST_COMPILE_OPTIONS)
            sendtrail_add_pch(sendtrail_pch_widgets_test TEST MODULES ${widgets} HEADERS ${headers})
        endif()
    endif()
endfunction()

# target: the consumer; kind: core, widgets, core_test or widgets_test.
function(sendtrail_use_pch target kind)
    if(NOT TARGET sendtrail_pch_${kind})
        string(REPLACE "_test" "" kind ${kind})
    endif()
    if(TARGET sendtrail_pch_${kind})
        target_precompile_headers(${target} REUSE_FROM sendtrail_pch_${kind})
    endif()
endfunction()
