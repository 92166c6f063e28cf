# Compile settings every Duizhao target shares. With Chinese text everywhere,
# implicit byte/string conversions are where mojibake comes from, so they are
# switched off project-wide.
function(duizhao_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_FOREACH
    )
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    endif()
endfunction()
