# cmake -DROOT=DIR -DDIRS="a;b" [-DEXPECT=N] -P posixcalls.cmake
#
# The product's C++ must build on Windows too (the city's desktops run it), so
# it uses Qt and standard C++ for files, processes and time. This lists every
# POSIX header and POSIX call in the C++ sources under ROOT/DIRS and fails when
# it finds one. POSIX code is allowed only inside a preprocessor block whose
# condition names a Unix platform (Q_OS_UNIX, Q_OS_LINUX, __unix__, __linux__,
# __APPLE__), i.e. where the code says what happens elsewhere.
#
# With EXPECT the run instead checks that exactly EXPECT findings are made:
# the test that proves the check can fail (tests/portability/fixture).
cmake_minimum_required(VERSION 3.21)
if(NOT ROOT OR NOT DIRS)
  message(FATAL_ERROR "usage: cmake -DROOT=DIR -DDIRS=\"a;b\" [-DEXPECT=N] -P posixcalls.cmake")
endif()
get_filename_component(ROOT "${ROOT}" ABSOLUTE)

# Headers of POSIX and of Unix systems that have no counterpart on Windows.
set(headers
  "unistd\\.h" "sys/[a-z_]+\\.h" "fcntl\\.h" "pthread\\.h" "dirent\\.h" "dlfcn\\.h" "pwd\\.h"
  "grp\\.h" "termios\\.h" "poll\\.h" "netinet/[a-z_]+\\.h" "arpa/[a-z_]+\\.h" "netdb\\.h"
  "spawn\\.h" "syslog\\.h" "libgen\\.h" "fnmatch\\.h" "glob\\.h" "semaphore\\.h" "strings\\.h")
list(JOIN headers "|" header_alternatives)
set(header_re "^[ \t]*#[ \t]*include[ \t]*<(${header_alternatives})>")
# Calls: a name not preceded by a letter, digit, '_', '.', '>' or ':' (so
# member functions and Qt's or std's namesakes do not count), then '('.
set(functions
  fork vfork execl execlp execle execv execvp execve popen pclose waitpid wait3 wait4 kill
  sigaction sigprocmask usleep nanosleep getuid geteuid getgid getpid getppid setenv unsetenv
  realpath mkstemp mkdtemp mmap munmap symlink readlink lstat chown fchmod ftruncate fsync
  dup dup2 pipe strerror_r localtime_r gmtime_r getpwuid getpwnam dlopen dlsym isatty ttyname
  gethostname uname sysconf getrusage posix_spawn)
list(JOIN functions "|" function_alternatives)
set(call_re "(^|[^A-Za-z0-9_.>:])(${function_alternatives})[ \t]*\\(")
# The file-descriptor calls are also the names of common members (QFile::open);
# only the global ones, written ::open(, are POSIX.
set(global_call_re "(^|[^A-Za-z0-9_])::(open|close|read|write|unlink|rename|stat|access|chmod|mkdir|rmdir|getcwd|chdir|sleep)[ \t]*\\(")
set(unix_guard_re "Q_OS_UNIX|Q_OS_LINUX|Q_OS_MACOS|Q_OS_DARWIN|__unix__|__unix|__linux__|__APPLE__")

set(findings 0)
set(files 0)
set(report "")
foreach(dir IN LISTS DIRS)
  file(GLOB_RECURSE sources LIST_DIRECTORIES false
    "${ROOT}/${dir}/*.cpp" "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.hpp" "${ROOT}/${dir}/*.cc")
  list(SORT sources)
  foreach(source IN LISTS sources)
    file(RELATIVE_PATH name "${ROOT}" "${source}")
    math(EXPR files "${files} + 1")
    # Every line, empty ones included, so the line numbers are right.
    file(READ "${source}" text)
    string(REPLACE ";" "\\;" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    # One entry per open #if: 1 when its condition names a Unix platform.
    set(guards "")
    set(in_comment FALSE)
    set(number 0)
    foreach(line IN LISTS lines)
      math(EXPR number "${number} + 1")
      # Block comments and line comments do not count.
      if(in_comment)
        if(line MATCHES "\\*/(.*)$")
          set(line "${CMAKE_MATCH_1}")
          set(in_comment FALSE)
        else()
          continue()
        endif()
      endif()
      string(REGEX REPLACE "/\\*.*\\*/" "" line "${line}")
      if(line MATCHES "^(.*)/\\*")
        set(line "${CMAKE_MATCH_1}")
        set(in_comment TRUE)
      endif()
      string(REGEX REPLACE "//.*$" "" line "${line}")
      string(REGEX REPLACE "\"([^\"\\\\]|\\\\.)*\"" "\"\"" line "${line}")

      if(line MATCHES "^[ \t]*#[ \t]*if")
        if(line MATCHES "${unix_guard_re}" AND NOT line MATCHES "^[ \t]*#[ \t]*ifndef" AND NOT line MATCHES "![ \t]*(defined)?[ \t]*\\(?[ \t]*(${unix_guard_re})")
          list(APPEND guards 1)
        else()
          list(APPEND guards 0)
        endif()
        continue()
      elseif(line MATCHES "^[ \t]*#[ \t]*(else|elif)")
        # The other branch of a Unix block is the code for everywhere else.
        list(LENGTH guards depth)
        if(depth GREATER 0)
          list(POP_BACK guards)
          list(APPEND guards 0)
        endif()
        continue()
      elseif(line MATCHES "^[ \t]*#[ \t]*endif")
        list(LENGTH guards depth)
        if(depth GREATER 0)
          list(POP_BACK guards)
        endif()
        continue()
      endif()
      if("1" IN_LIST guards)
        continue()
      endif()

      set(what "")
      if(line MATCHES "${header_re}")
        set(what "#include <${CMAKE_MATCH_1}>")
      elseif(line MATCHES "${call_re}")
        set(what "${CMAKE_MATCH_2}()")
      elseif(line MATCHES "${global_call_re}")
        set(what "::${CMAKE_MATCH_2}()")
      endif()
      if(what)
        math(EXPR findings "${findings} + 1")
        string(APPEND report "${name}:${number}: ${what} is POSIX; use Qt or standard C++, or put it in an #if defined(Q_OS_UNIX) block with the code for Windows beside it\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(DEFINED EXPECT)
  message("${report}")
  if(NOT findings EQUAL EXPECT)
    message(FATAL_ERROR "expected ${EXPECT} findings, made ${findings}")
  endif()
  message(STATUS "the check finds all ${findings} POSIX uses in ${files} file(s) of the fixture")
  return()
endif()
if(findings GREATER 0)
  message(FATAL_ERROR "${findings} POSIX use(s) outside scripts/ and tests/:\n${report}")
endif()
message(STATUS "no POSIX calls in ${files} C++ files of: ${DIRS}")
