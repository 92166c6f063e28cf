# Checks one committed .ts file against the sources (run by CTest):
#   cmake -DLUPDATE=… -DTS_FILE=… -DWORK_DIR=… -DSOURCE_DIRS=a|b -DLUPDATE_OPTIONS=x|y -P check-translations.cmake
# lupdate refreshes a copy; the copy must then hold the same messages as the
# committed file and none of them unfinished.
cmake_minimum_required(VERSION 3.21)

string(REPLACE "|" ";" source_dirs "${SOURCE_DIRS}")
string(REPLACE "|" ";" lupdate_options "${LUPDATE_OPTIONS}")
get_filename_component(ts_name "${TS_FILE}" NAME)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")

execute_process(
    COMMAND "${LUPDATE}" ${lupdate_options} -extensions cpp,h ${source_dirs} -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()

function(count_messages file var)
    file(READ "${file}" content)
    string(REGEX MATCHALL "<message[ >]" messages "${content}")
    list(LENGTH messages n)
    set(${var} ${n} PARENT_SCOPE)
endfunction()

# Prints the <source> of every message whose translation carries @p marker.
function(list_marked file marker var)
    file(READ "${file}" content)
    set(found "")
    while(TRUE)
        string(FIND "${content}" "${marker}" at)
        if(at EQUAL -1)
            break()
        endif()
        string(SUBSTRING "${content}" 0 ${at} before)
        string(FIND "${before}" "<source>" source_at REVERSE)
        if(source_at GREATER -1)
            string(SUBSTRING "${before}" ${source_at} -1 source)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${source}")
            string(APPEND found "  ${source}\n")
        endif()
        math(EXPR next "${at} + 1")
        string(SUBSTRING "${content}" ${next} -1 content)
    endwhile()
    set(${var} "${found}" PARENT_SCOPE)
endfunction()

set(problems "")
count_messages("${TS_FILE}" committed)
count_messages("${copy}" refreshed)
list_marked("${copy}" "type=\"unfinished\"" unfinished)
list_marked("${TS_FILE}" "type=\"vanished\"" vanished)
list_marked("${TS_FILE}" "type=\"obsolete\"" obsolete)
if(NOT committed EQUAL refreshed)
    string(APPEND problems
        "${ts_name} holds ${committed} messages, the sources have ${refreshed}: "
        "run `cmake --build <builddir> --target update_translations` and translate.\n")
endif()
if(unfinished)
    string(APPEND problems "Missing or unfinished in ${ts_name}:\n${unfinished}")
endif()
if(vanished OR obsolete)
    string(APPEND problems "No longer in the sources but kept in ${ts_name}:\n${vanished}${obsolete}")
endif()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "${ts_name}: ${committed} messages, all translated")
