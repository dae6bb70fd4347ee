# `cmake --install` into a fresh prefix, then what docs/plugins.md tells a
# plugin author to do: build the C example against the installed header
# alone with one compiler command, and run it with the installed gradlab.
# Run by CTest with -DBUILD_DIR, -DSOURCE_DIR, -DPREFIX, -DC_COMPILER.
file(REMOVE_RECURSE ${PREFIX})

function(run what)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY ${PREFIX} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
endfunction()

execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed:\n${out}\n${err}")
endif()
foreach(installed include/gradlab/gradient_plugin.h bin/gradlab)
  if(NOT EXISTS ${PREFIX}/${installed})
    message(FATAL_ERROR "cmake --install did not install ${installed}")
  endif()
endforeach()

run("building the example against the installed header" ${C_COMPILER} -std=c99 -O2 -Wall -Wextra -pedantic
    -Werror -fPIC -shared -I ${PREFIX}/include -o libexample.so ${SOURCE_DIR}/examples/plugins/c/example_plugin.c)
file(WRITE ${PREFIX}/config.json [[
{"name": "install-check", "suites": [{"kind": "accuracy", "problems": ["rosenbrock", "booth"],
  "dimensions": [2, 50], "points": {"x0": true, "minima": true, "random": 2},
  "backends": [{"kind": "external-plugin", "name": "installed", "path": "libexample.so"}]}]}
]])
run("the installed gradlab with the plugin" ${PREFIX}/bin/gradlab run config.json --out out)
