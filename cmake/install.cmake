# `cmake --install BUILD --prefix PREFIX`: the public headers, the libraries under the
# facade (vigil_api, exported as vigil::vigil), the data folder and a package
# configuration, so that another CMake project can find_package(vigil). The command
# line program is installed too. tests/install builds a consumer against such a prefix.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(VIGIL_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/vigil)
set(VIGIL_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/vigil/data)

set_target_properties(vigil_api PROPERTIES EXPORT_NAME vigil)
add_library(vigil::vigil ALIAS vigil_api)  # the same name for add_subdirectory users

# vigil_warnings only carries our warning flags (never to consumers), but static
# libraries name their private link dependencies, so it is exported too.
install(TARGETS vigil_api vigil_output vigil_events vigil_coder vigil_discourse vigil_dict
                vigil_nlp vigil_syntax vigil_text vigil_warnings
        EXPORT vigilTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/vigil DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${VIGIL_INSTALL_DATADIR})
install(TARGETS vigil RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT vigilTargets NAMESPACE vigil:: DESTINATION ${VIGIL_INSTALL_CMAKEDIR})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/vigilConfig.cmake.in
  ${PROJECT_BINARY_DIR}/vigilConfig.cmake
  INSTALL_DESTINATION ${VIGIL_INSTALL_CMAKEDIR}
  PATH_VARS VIGIL_INSTALL_DATADIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/vigilConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/vigilConfig.cmake ${PROJECT_BINARY_DIR}/vigilConfigVersion.cmake
        DESTINATION ${VIGIL_INSTALL_CMAKEDIR})
