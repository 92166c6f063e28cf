# Fails when a file of one core stage includes a header of a stage above it.
#
#   cmake -DSOURCE_DIR=<core> -DLAYERS="base|reading|…" -P LayerCheck.cmake
#
# LAYERS lists core's folders from the bottom up (core/CMakeLists.txt
# declares the order); a file may include its own folder and any folder
# listed before it. A folder not in the list is an error too, so a new stage
# has to take its place in the order. ui/ and app/ sit above all of core and
# are not checked here; core never includes them (it has no such include
# path).
string(REPLACE "|" ";" layers "${LAYERS}")
file(GLOB stages LIST_DIRECTORIES true RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*)
set(problems "")
foreach(stage IN LISTS stages)
    if(NOT IS_DIRECTORY ${SOURCE_DIR}/${stage})
        continue()
    endif()
    list(FIND layers ${stage} rank)
    if(rank EQUAL -1)
        string(APPEND problems "core/${stage}/ is not in the declared order of layers (core/CMakeLists.txt)\n")
        continue()
    endif()
    file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/${stage}/*.h ${SOURCE_DIR}/${stage}/*.cpp)
    foreach(file IN LISTS files)
        file(STRINGS ${SOURCE_DIR}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[^\"]+\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[^\"]*\"([^\"]+)\".*$" "\\1" header "${line}")
            string(FIND "${header}" "/" slash)
            if(slash EQUAL -1)
                continue() # moc output and headers beside the file
            endif()
            string(SUBSTRING "${header}" 0 ${slash} target)
            list(FIND layers ${target} target_rank)
            if(target_rank EQUAL -1)
                continue() # not a core folder (a generated header)
            endif()
            if(target_rank GREATER rank)
                string(APPEND problems "core/${file} includes \"${header}\": ${target} is above ${stage}\n")
            endif()
        endforeach()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Includes that go up the layers (${LAYERS}):\n${problems}")
endif()
list(LENGTH layers count)
message(STATUS "core: ${count} layers, every include goes down or stays in its folder")
