# cmake -DBUILD=... -DSOURCE=... -DWORK=... [-DCXX=... -DCXX_FLAGS=... -DLINK_FLAGS=...]
#       -P install_test.cmake
# Installs the build into a fresh prefix, builds tests/install/consumer against it with
# find_package(vigil), runs it, and checks the one event of "Canada condemned China.".
if(NOT CMAKE_COMMAND)
  message("cmake not found: the install test is skipped")
  return()
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(PREFIX ${WORK}/prefix)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}): ${err}")
endif()
foreach(f include/vigil/vigil.h include/vigil/status.h lib/cmake/vigil/vigilConfig.cmake
          share/vigil/data/cameo)
  if(NOT EXISTS ${PREFIX}/${f})
    message(FATAL_ERROR "not installed: ${PREFIX}/${f}")
  endif()
endforeach()
# Private headers stay private.
file(GLOB_RECURSE private ${PREFIX}/include/*phrase_trie.h)
if(private)
  message(FATAL_ERROR "a private header was installed: ${private}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/tests/install/consumer -B ${WORK}/consumer
                        -DCMAKE_PREFIX_PATH=${PREFIX} -DCMAKE_BUILD_TYPE=Release
                        -DCMAKE_CXX_COMPILER=${CXX} "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
                        "-DCMAKE_EXE_LINKER_FLAGS=${LINK_FLAGS}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the consumer failed (${rc}): ${out}${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK}/consumer
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the consumer failed (${rc}): ${out}${err}")
endif()
# The installed library must not need the source tree: no VIGIL_DATA, data from the prefix.
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=VIGIL_DATA ${WORK}/consumer/code_one
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the consumer failed (${rc}): ${err}")
endif()
string(REGEX MATCHALL "\n" lines "${out}")
list(LENGTH lines n)
if(NOT n EQUAL 1 OR NOT out MATCHES "\"doc_id\": \"d1\"" OR NOT out MATCHES "\"cameo\": \"111\""
   OR NOT out MATCHES "\"code\": \"CAN\"" OR NOT out MATCHES "\"code\": \"CHN\"")
  message(FATAL_ERROR "expected one event CAN 111 CHN, got:\n${out}")
endif()
file(REMOVE_RECURSE ${WORK})
message("installed vigil builds and codes through find_package(vigil): ${out}")
