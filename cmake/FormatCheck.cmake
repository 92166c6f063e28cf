# A test that fails when a C++ file in the tree is not formatted per
# .clang-format, so style stays a build property rather than a review topic.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE duizhao_format_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h
        ${PROJECT_SOURCE_DIR}/fuzz/*.cpp ${PROJECT_SOURCE_DIR}/fuzz/*.h)
    add_test(NAME clang_format_check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror ${duizhao_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(clang_format_check PROPERTIES LABELS style)
    add_custom_target(format COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${duizhao_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "Formatting C++ sources")
else()
    message(STATUS "clang-format not found: the format check test is not added")
endif()
