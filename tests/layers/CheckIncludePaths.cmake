# cmake -DMODELS_DIR=<models> -P CheckIncludePaths.cmake
# Fails when a models source includes a header through "../" or an absolute
# path: either would get round the include roots that keep the layers apart.
file(GLOB_RECURSE sources ${MODELS_DIR}/*.h ${MODELS_DIR}/*.cpp)
set(found "")
foreach(source ${sources})
  file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<](/|[^\">]*\\.\\./)")
  foreach(line ${lines})
    string(APPEND found "\n  ${source}: ${line}")
  endforeach()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
  message(FATAL_ERROR "no sources under ${MODELS_DIR}")
endif()
if(found)
  message(FATAL_ERROR "includes that climb out of their folder:${found}")
endif()
message(STATUS "${count} models sources, every include inside the layers' roots")
