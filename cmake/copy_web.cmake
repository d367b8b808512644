# Puts the web UI next to the binary (build/web), run by the web_static target at build time:
# the built Vue app (web/dist, from `npm run build`) when it exists, else the simple page of
# web/static (a machine without npm still gets a working page), plus the kelurahan boundaries.
# Usage: cmake -DSOURCE_DIR=<repo> -DOUT_DIR=<build>/web -P cmake/copy_web.cmake
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
if(EXISTS "${SOURCE_DIR}/web/dist/index.html")
  file(COPY "${SOURCE_DIR}/web/dist/" DESTINATION "${OUT_DIR}" PATTERN ".vite" EXCLUDE)
  message(STATUS "web: aplikasi Vue dari web/dist / the Vue app from web/dist")
else()
  file(COPY "${SOURCE_DIR}/web/static/" DESTINATION "${OUT_DIR}")
  message(STATUS "web: web/dist tidak ada (npm?), memakai halaman sederhana web/static / "
                 "web/dist missing (npm?), serving the simple page of web/static")
endif()
file(COPY "${SOURCE_DIR}/data/reference/kota_jambi_kelurahan.geojson" DESTINATION "${OUT_DIR}")
