# Finds libosmium (header-only) and what its PBF and XML readers need:
# protozero (header-only), zlib, bzip2, expat and threads. Defines the
# imported target Osmium::Osmium. Debian: libosmium2-dev; vcpkg: libosmium.
find_path(Osmium_INCLUDE_DIR osmium/version.hpp)
find_path(Protozero_INCLUDE_DIR protozero/version.hpp)
find_package(ZLIB QUIET)
find_package(BZip2 QUIET)
find_package(EXPAT QUIET)
find_package(Threads QUIET)

if(Osmium_INCLUDE_DIR AND EXISTS "${Osmium_INCLUDE_DIR}/osmium/version.hpp")
  file(STRINGS "${Osmium_INCLUDE_DIR}/osmium/version.hpp" _osmium_version
       REGEX "^#define LIBOSMIUM_VERSION_STRING")
  string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" Osmium_VERSION "${_osmium_version}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Osmium
  REQUIRED_VARS Osmium_INCLUDE_DIR Protozero_INCLUDE_DIR ZLIB_FOUND BZIP2_FOUND EXPAT_FOUND
                Threads_FOUND
  VERSION_VAR Osmium_VERSION)

if(Osmium_FOUND AND NOT TARGET Osmium::Osmium)
  add_library(Osmium::Osmium INTERFACE IMPORTED)
  set_target_properties(Osmium::Osmium PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${Osmium_INCLUDE_DIR};${Protozero_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "ZLIB::ZLIB;BZip2::BZip2;EXPAT::EXPAT;Threads::Threads")
endif()
mark_as_advanced(Osmium_INCLUDE_DIR Protozero_INCLUDE_DIR)
