# The Debian package (cpack -G DEB in a build tree). Included once, at the very end of the
# top-level CMakeLists.txt, so every install() rule is known when CPack writes its config.
# One id everywhere: io.github.kaiwa.Kaiwa; the package itself is called kaiwa.
set(KAIWA_DEB_MAINTAINER "Kaiwa contributors <kaiwa@users.noreply.github.com>")
set(KAIWA_DEB_RELEASE 1)
set(KAIWA_DEB_VERSION "${PROJECT_VERSION}-${KAIWA_DEB_RELEASE}")

# Debian's documentation files: the copyright, and the changelog gzipped without a timestamp.
include(GNUInstallDirs)
set(kaiwa_deb_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/kaiwa)
configure_file(${CMAKE_CURRENT_LIST_DIR}/debian/changelog.in
    ${PROJECT_BINARY_DIR}/packaging/debian/changelog.Debian @ONLY)
execute_process(
    COMMAND gzip -n -9 -f -k ${PROJECT_BINARY_DIR}/packaging/debian/changelog.Debian
    RESULT_VARIABLE kaiwa_gzip_result)
if(NOT kaiwa_gzip_result EQUAL 0)
    message(FATAL_ERROR "gzip of the Debian changelog failed")
endif()
if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright
        ${PROJECT_BINARY_DIR}/packaging/debian/changelog.Debian.gz
        DESTINATION ${kaiwa_deb_docdir})
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides RENAME kaiwa)
endif()

set(CPACK_PACKAGE_NAME kaiwa)
set(CPACK_PACKAGE_VENDOR "Kaiwa contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${KAIWA_DEB_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/kaiwa/kaiwa")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for OpenAI-compatible chat APIs")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

set(CPACK_DEBIAN_PACKAGE_NAME kaiwa)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${KAIWA_DEB_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KAIWA_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# The extended description; CPack puts the summary above it and formats the lines for Debian
# (a leading space, "." for blank lines).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Kaiwa is a native Qt 6 client for Chat Completions APIs: OpenAI, Azure OpenAI
and Azure AI inference, gateways such as OpenRouter, and local servers such as
llama.cpp, Ollama, vLLM and LM Studio. API keys are kept only in the system
keychain (the Secret Service).

It streams answers in Markdown, keeps conversations in a local SQLite database
with full-text search, branches, export and import, attaches images and audio,
records from the microphone and plays spoken answers. It also browses stored
completions, edits tools and JSON schemas, shows token probabilities and has a
request inspector.

The package also contains kaiwa-cli, the same core on the command line.")

# dpkg-shlibdeps computes Depends from the ELF files; what Qt loads as plugins it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    # conversations: the SQLite driver plugin; icons: the SVG image and icon engine plugins
    "libqt6sql6-sqlite, libqt6svg6, "
    # Qt Multimedia 6.4 plays and decodes audio through GStreamer (playbin, wavparse, pulsesink)
    "gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DEPENDS "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
# A Secret Service for the API keys; WebP images; AAC/M4A audio; native Wayland windows.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | keepassxc, qt6-image-formats-plugins, gstreamer1.0-libav, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/debian/prebuild.cmake)
set(CPACK_KAIWA_OBJCOPY "${CMAKE_OBJCOPY}")

include(CPack)
