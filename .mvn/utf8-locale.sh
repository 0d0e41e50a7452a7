# shellcheck shell=bash
# Sourced by ./cchc (and by LocaleIndependenceTest): when the caller's locale does not decode UTF-8 (LANG=C or POSIX
# under cron, systemd or a container; a UTF-8 locale that is named but not installed), every program the launcher
# starts runs under C.UTF-8 instead. The JVM decodes file names and arguments with the locale's charset and takes no
# option to change it (see .mvn/cli-jvm.options); without this, a Vietnamese file name cannot be opened.
cchc_utf8_locale() {
  local charmap
  charmap="$(locale charmap 2>/dev/null || true)"
  case "${charmap,,}" in
    utf-8 | utf8) return 0 ;;
  esac
  local available utf8
  available="$(locale -a 2>/dev/null || true)"
  utf8="$(grep -m1 -ixE 'c\.utf-?8' <<<"$available" || grep -m1 -iE '\.utf-?8$' <<<"$available" || true)"
  export LC_ALL="${utf8:-C.UTF-8}"
}
cchc_utf8_locale
