# CPACK_PRE_BUILD_SCRIPTS hook: what dh_strip and dh_compress would do for a Debian package and
# CPack does not. Runs on the staging tree before the .deb is made, so md5sums see the result.
#   - man pages gzip-compressed at -9 without a timestamp (-n)
#   - the .comment and .note sections dropped from the (already stripped) executables
file(GLOB_RECURSE kaiwa_man_pages LIST_DIRECTORIES false
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/man/*")
foreach(page IN LISTS kaiwa_man_pages)
    if(page MATCHES "\\.gz$" OR IS_SYMLINK "${page}")
        continue()
    endif()
    execute_process(COMMAND gzip -n -9 -f "${page}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip failed on ${page}")
    endif()
endforeach()

if(CPACK_KAIWA_OBJCOPY)
    file(GLOB kaiwa_programs LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
    foreach(program IN LISTS kaiwa_programs)
        execute_process(
            COMMAND ${CPACK_KAIWA_OBJCOPY} --remove-section=.comment --remove-section=.note
                "${program}"
            RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "objcopy failed on ${program}")
        endif()
    endforeach()
endif()
