# The Debian package (issue 19 item 1): `cmake --build build --target package` writes
# lindungi_<version>_amd64.deb. Dependencies come from dpkg-shlibdeps.
install(TARGETS lindungi RUNTIME DESTINATION bin)
install(DIRECTORY ${CMAKE_BINARY_DIR}/web/ DESTINATION share/lindungi/web)
if(EXISTS ${CMAKE_SOURCE_DIR}/packaging/lindungi.conf)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/lindungi.conf DESTINATION /etc/lindungi)
endif()
install(FILES ${CMAKE_SOURCE_DIR}/packaging/systemd/lindungi.service ${CMAKE_SOURCE_DIR}/packaging/systemd/lindungi-backup.service
              ${CMAKE_SOURCE_DIR}/packaging/systemd/lindungi-backup.timer DESTINATION /lib/systemd/system)
if(EXISTS ${CMAKE_SOURCE_DIR}/packaging/nginx/lindungi)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/nginx/lindungi DESTINATION share/doc/lindungi/examples)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lindungi)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Lindungi: pendaftaran pekerja rentan ke BPJS Ketenagakerjaan")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Lindungi <lindungi@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, init-system-helpers")
# PostgreSQL deployments back up with pg_dump/pg_restore (issue 19 item 5); nginx in front (TLS).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client, nginx")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_SOURCE_DIR}/packaging/debian/postinst ${CMAKE_SOURCE_DIR}/packaging/debian/prerm
                                       ${CMAKE_SOURCE_DIR}/packaging/debian/postrm ${CMAKE_SOURCE_DIR}/packaging/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
