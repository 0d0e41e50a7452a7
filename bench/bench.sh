# ./cchc bench: the benchmark suite. Sourced by ./cchc (it uses ensure_built, ROOT and the JVM option files); each
# part is a Java class that prints progress on stderr and its figures as Markdown on stdout. This file prepares the
# warehouse, chooses the durations for the scale, runs the parts, prints their tables and appends them, with the
# machine and the commit, to BENCHMARKS.md. Benchmarks print figures; they assert nothing.
#
# CCHC_BENCH_QUICK=1 (for trying the suite out, not for figures): the shortest durations, and nothing is appended
# unless CCHC_BENCH_OUT names a file. CCHC_BENCH_OUT: where the results are appended (default BENCHMARKS.md).

BENCH_PARTS=(ingest transform api sql report)
BENCH_PID=""
BENCH_TMP=""
BENCH_WAREHOUSE=""
BENCH_DONE=()
BENCH_FAILED=""
BENCH_DATA_NOTE=""

bench_usage() {
  cat <<'USAGE'
Cách dùng: ./cchc bench ingest|transform|api|sql|report|all [--scale province|national|N] [--warehouse THƯ_MỤC]
                  [tùy chọn…]

  ingest      tốc độ nạp CSV và XLSX (dòng/s), RSS đỉnh, bên cạnh read_csv của DuckDB trên cùng tệp
  transform   thời gian biến đổi Spark (local), số job và stage, bên cạnh cùng các bảng bằng SQL DuckDB
  api         p50 / p99 / yêu cầu mỗi giây bằng wrk ở 1, 8, 32 kết nối, lạnh và ấm, RSS của máy chủ
  sql         POST /api/v1/sql bên cạnh cùng truy vấn chạy thẳng trong DuckDB
  report      thời gian lập báo cáo năm
  all         tất cả, trên một kho chuẩn bị một lần (khoảng 20 phút trên máy 2 nhân ở quy mô tỉnh)
  verify      kiểm tra, không đo: mọi bảng tổng hợp của Spark (cục bộ, và trên cụm nếu có --master spark://…)
              so với SQL DuckDB trên cùng dữ liệu nạp của --warehouse; mã thoát 0 khi khớp, 1 khi lệch
              (./cchc bench verify --help)

  --scale province     tỉnh mẫu sample-data/province (mặc định)
  --scale national     cả nước: ./cchc sample --scale national sinh vào một thư mục tạm, nạp và biến đổi một lần
  --scale N            cả nước với số người trả lời SIPAS gấp N lần (./cchc sample --scale N)
  --warehouse THƯ_MỤC  dùng kho đã nạp và biến đổi này thay vì chuẩn bị một kho tạm mới
  Tùy chọn khác được chuyển cho phần được chọn (./cchc bench PHẦN --help để xem).

In ra một bảng cho mỗi phần và ghi thêm vào BENCHMARKS.md (máy, ngày, commit). Chỉ in số liệu, không phải kiểm thử.
USAGE
}

# wrk, the HTTP load generator of the api part, from Debian.
ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "Đang cài wrk (apt)…" >&2
    local sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -q >&2 && $sudo apt-get install -y -q wrk >&2
  fi
}

# The arguments of each part at a scale: durations chosen so that `bench all --scale province` stays near 20
# minutes on 2 cores. Prints one argument per line.
bench_scale_args() {
  local part="$1"
  if [[ "${CCHC_BENCH_QUICK:-}" == 1 ]]; then
    case "$part" in
      ingest) printf '%s\n' 20000 --runs 3 ;;
      transform) printf '%s\n' --runs 1 ;;
      api) printf '%s\n' --connections 1,8 --seconds 1 --cold-seconds 1 --runs 1 ;;
      sql) printf '%s\n' --runs 3 ;;
      report) printf '%s\n' --runs 1 ;;
    esac
    return
  fi
  # national: a file of a million rows to ingest; the other parts as at province scale, on the country's warehouse
  local rows=250000
  [[ "$BENCH_SCALE" != province ]] && rows=1000000
  case "$part" in
    ingest) printf '%s\n' "$rows" --runs 3 ;;
    transform) printf '%s\n' --runs 3 ;;
    api) printf '%s\n' --connections 1,8,32 --seconds 3 --cold-seconds 2 --runs 3 ;;
    sql) printf '%s\n' --runs 10 ;;
    report) printf '%s\n' --runs 3 ;;
  esac
}

bench_module() {
  case "$1" in
    ingest) echo ingestion ;;
    transform) echo transforms ;;
    api | sql) echo api/server ;;
    report) echo api/report ;;
  esac
}

bench_main_class() {
  case "$1" in
    ingest) echo vn.cchc.ingestion.bench.IngestBenchmark ;;
    transform) echo vn.cchc.transforms.TransformBenchmark ;;
    api) echo vn.cchc.api.bench.ApiBenchmark ;;
    sql) echo vn.cchc.api.bench.SqlBenchmark ;;
    report) echo vn.cchc.report.ReportBenchmark ;;
  esac
}

# Runs a module's class in the background and waits for it, so that a signal reaches bench_cleanup at once (a
# foreground child would delay the trap until it ends); bench_cleanup stops it, and it stops its servers.
bench_java() {
  local module="$1" main="$2"; shift 2
  local jvm=("$CLI_JVM_OPTIONS")
  [[ "$module" == transforms ]] && jvm+=("$SPARK_JVM_OPTIONS")
  # shellcheck disable=SC2086
  java "${jvm[@]}" ${JAVA_OPTS:-} -cp "$ROOT/$module/target/cchc-${module##*/}.jar:$ROOT/$module/target/lib/*" \
    "$main" "$@" &
  BENCH_PID=$!
  local rc=0
  wait "$BENCH_PID" || rc=$?
  BENCH_PID=""
  return "$rc"
}

bench_duration() {
  local s="$1"
  if ((s >= 60)); then printf '%d phút %d s' $((s / 60)) $((s % 60)); else printf '%d s' "$s"; fi
}

# The machine line of a section: cores, memory, CPU, JDK, OS.
bench_machine() {
  local mem cpu jdk os
  mem="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo '?')"
  cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)"
  jdk="$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2; exit}')"
  os="$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -s), $(uname -sr)"
  printf '%s nhân (nproc), RAM %s%s, JDK %s, %s' "$(nproc)" "$mem" "${cpu:+, $cpu}" "${jdk:-?}" "$os"
}

bench_commit() {
  local commit
  commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)" || { echo "không rõ (không phải kho git)"; return; }
  if [[ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no -- . ':!BENCHMARKS.md' 2>/dev/null)" ]]; then
    commit+=" (có thay đổi chưa commit)"
  fi
  echo "$commit"
}

# Appends the section of this run: the parts that finished, and why the run stopped if it did.
bench_record() {
  local status="$1"
  [[ -n "$BENCH_TMP" && ${#BENCH_DONE[@]} -gt 0 ]] || return 0
  local out="${CCHC_BENCH_OUT:-}"
  if [[ -z "$out" ]]; then
    [[ "${CCHC_BENCH_QUICK:-}" == 1 ]] && { echo "(CCHC_BENCH_QUICK: không ghi vào BENCHMARKS.md)" >&2; return 0; }
    out="$ROOT/BENCHMARKS.md"
  fi
  {
    printf '\n## %s — `./cchc bench %s --scale %s`\n\n' "$BENCH_STARTED_AT" "$BENCH_WHAT" "$BENCH_SCALE"
    printf -- '- Máy: %s\n' "$BENCH_MACHINE"
    printf -- '- Commit: %s\n' "$BENCH_COMMIT"
    printf -- '- Kho: %s\n' "$BENCH_WAREHOUSE_NOTE"
    printf -- '- Thời gian chạy: %s%s\n' "$(bench_duration $((SECONDS - BENCH_T0)))" "$status"
    local part
    for part in "${BENCH_DONE[@]}"; do
      printf '\n### %s (%s)\n\n' "$part" "$(cat "$BENCH_TMP/$part.time")"
      cat "$BENCH_TMP/$part.md"
    done
  } >>"$out"
  echo "Đã ghi kết quả vào $out" >&2
}

bench_cleanup() {
  local rc=$?
  if [[ -n "$BENCH_PID" ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
    kill -TERM "$BENCH_PID" 2>/dev/null || true
    wait "$BENCH_PID" 2>/dev/null || true
  fi
  local status=""
  if [[ -n "$BENCH_FAILED" ]]; then
    status="; phần $BENCH_FAILED thất bại, các phần sau không chạy"
  elif ((rc != 0)); then
    status="; bị dừng giữa chừng (mã $rc)"
  fi
  bench_record "$status" || true
  [[ -n "$BENCH_TMP" ]] && rm -rf "$BENCH_TMP"
  return "$rc"
}

# Ingests the sample province (or, at national scale, the country generated into a temporary folder) into a fresh
# warehouse, BENCH_WAREHOUSE, and transforms it unless only the transform part runs (it needs the ingested snapshot,
# not a release).
bench_prepare() {
  local release="$1" t0=$SECONDS rc=0 data="$ROOT/sample-data/province" what="sample-data/province"
  BENCH_WAREHOUSE="$BENCH_TMP/warehouse"
  if [[ "$BENCH_SCALE" != province ]]; then
    data="$BENCH_TMP/data"
    what="./cchc sample --scale $BENCH_SCALE"
    echo "== Sinh dữ liệu cả nước ($what) vào $data" >&2
    ensure_built sample-data
    bench_java sample-data vn.cchc.sample.SampleProvinceGenerator "$data" --scale "$BENCH_SCALE" >&2 || rc=$?
    [[ $rc -eq 0 ]] || { echo "Sinh dữ liệu cả nước thất bại (mã $rc)" >&2; return 1; }
    BENCH_DATA_NOTE="$(du -sm "$data" | cut -f1) MB, $(find "$data" -name '*.csv' -o -name '*.xlsx' | wc -l) tệp"
  fi
  echo "== Chuẩn bị kho $BENCH_WAREHOUSE: nạp $what${release:+ rồi biến đổi}" >&2
  local t_ingest=$SECONDS
  bench_java ingestion vn.cchc.ingestion.IngestCli "$data" --warehouse "$BENCH_WAREHOUSE" >&2 || rc=$?
  [[ $rc -eq 0 || $rc -eq 3 ]] || { echo "Nạp dữ liệu mẫu thất bại (mã $rc)" >&2; return 1; }
  t_ingest=$((SECONDS - t_ingest))
  local t_transform=$SECONDS
  if [[ -n "$release" ]]; then
    bench_java transforms vn.cchc.transforms.TransformCli --warehouse "$BENCH_WAREHOUSE" >&2 || rc=$?
    [[ $rc -eq 0 ]] || { echo "Biến đổi dữ liệu mẫu thất bại (mã $rc)" >&2; return 1; }
  fi
  t_transform=$((SECONDS - t_transform))
  BENCH_WAREHOUSE_NOTE="kho tạm mới: $what${BENCH_DATA_NOTE:+ ($BENCH_DATA_NOTE)}, nạp (./cchc ingest, $(bench_duration "$t_ingest"))"
  [[ -n "$release" ]] && BENCH_WAREHOUSE_NOTE+=" và biến đổi (./cchc transform, $(bench_duration "$t_transform"))"
  BENCH_WAREHOUSE_NOTE+=" một lần; tổng $(bench_duration $((SECONDS - t0))), không tính vào các phần"
}

bench_main() {
  BENCH_WHAT="${1:-}"; [[ $# -gt 0 ]] && shift
  case "$BENCH_WHAT" in
    ingest | transform | api | sql | report | all) ;;
    verify)
      # a check, not a benchmark: Spark (local, and on a cluster with --master) against the DuckDB SQL; exit 0 when
      # every mart agrees, 1 when one differs, 2 for bad arguments; nothing is appended to BENCHMARKS.md
      ensure_built transforms
      local rc=0
      bench_java transforms vn.cchc.transforms.bench.MartVerification "$@" || rc=$?
      return "$rc" ;;
    -h | --help | help) bench_usage; return 0 ;;
    *) bench_usage >&2; exit 2 ;;
  esac
  BENCH_SCALE=province
  local warehouse="" extra=() help=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --scale) [[ $# -ge 2 ]] || { echo "Thiếu giá trị cho --scale" >&2; exit 2; }; BENCH_SCALE="$2"; shift 2 ;;
      --scale=*) BENCH_SCALE="${1#*=}"; shift ;;
      --warehouse) [[ $# -ge 2 ]] || { echo "Thiếu giá trị cho --warehouse" >&2; exit 2; }; warehouse="$2"; shift 2 ;;
      --warehouse=*) warehouse="${1#*=}"; shift ;;
      -h | --help) help=1; shift ;;
      *) extra+=("$1"); shift ;;
    esac
  done
  if [[ ! "$BENCH_SCALE" =~ ^(province|national|[1-9][0-9]?|100)$ ]]; then
    echo "Không thể đo ở quy mô '$BENCH_SCALE': --scale nhận province, national hoặc một số nguyên từ 1 đến 100." >&2
    exit 2
  fi
  local parts=("$BENCH_WHAT")
  if [[ "$BENCH_WHAT" == all ]]; then
    [[ -z "$help" ]] || { bench_usage; return 0; }
    if [[ ${#extra[@]} -gt 0 ]]; then
      echo "Không thể chuyển tùy chọn ${extra[*]} cho bench all: chỉ nhận --scale và --warehouse" >&2
      exit 2
    fi
    parts=("${BENCH_PARTS[@]}")
  elif [[ -n "$help" ]]; then
    run_module "$(bench_module "$BENCH_WHAT")" "$(bench_main_class "$BENCH_WHAT")" --help
  fi

  local part needs_warehouse="" needs_release=""
  for part in "${parts[@]}"; do
    ensure_built "$(bench_module "$part")"
    case "$part" in
      transform) needs_warehouse=1 ;;
      api | sql | report) needs_warehouse=1; needs_release=1 ;;
    esac
    [[ "$part" == api ]] && ensure_wrk
  done
  if [[ -n "$needs_warehouse" && -z "$warehouse" ]]; then
    ensure_built ingestion
    ensure_built transforms
  fi

  BENCH_TMP="$(mktemp -d "${TMPDIR:-/tmp}/cchc-bench-XXXXXX")"
  BENCH_T0=$SECONDS
  BENCH_STARTED_AT="$(date -u '+%Y-%m-%d %H:%M UTC')"
  BENCH_MACHINE="$(bench_machine)"
  BENCH_COMMIT="$(bench_commit)"
  BENCH_WAREHOUSE_NOTE="không dùng (dữ liệu sinh ngẫu nhiên)"
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  echo "Máy: $BENCH_MACHINE; commit $BENCH_COMMIT" >&2

  if [[ -n "$needs_warehouse" ]]; then
    if [[ -n "$warehouse" ]]; then
      warehouse="$(cd "$warehouse" 2>/dev/null && pwd)" || { echo "Không có thư mục kho $warehouse" >&2; exit 2; }
      BENCH_WAREHOUSE_NOTE="$warehouse (có sẵn, do --warehouse)"
    else
      bench_prepare "$needs_release" || exit 1
      warehouse="$BENCH_WAREHOUSE"
    fi
  fi

  for part in "${parts[@]}"; do
    local args=() t0=$SECONDS rc=0
    mapfile -t args < <(bench_scale_args "$part")
    if [[ "$part" == ingest ]]; then
      # sizes given on the command line replace the scale's
      local a prev=""
      for a in "${extra[@]}"; do
        if [[ "$a" != -* && "$prev" != --* ]]; then args=("${args[@]:1}"); break; fi
        prev="$a"
      done
    else
      args+=(--warehouse "$warehouse")
    fi
    echo "== bench $part: ${args[*]} ${extra[*]}" >&2
    bench_java "$(bench_module "$part")" "$(bench_main_class "$part")" "${args[@]}" "${extra[@]}" \
      >"$BENCH_TMP/$part.md" || rc=$?
    if [[ $rc -ne 0 ]]; then
      BENCH_FAILED="$part (mã $rc)"
      exit "$rc"
    fi
    bench_duration $((SECONDS - t0)) >"$BENCH_TMP/$part.time"
    BENCH_DONE+=("$part")
    printf '\n### %s (%s)\n\n' "$part" "$(cat "$BENCH_TMP/$part.time")"
    cat "$BENCH_TMP/$part.md"
  done
  echo >&2
  echo "bench $BENCH_WHAT: $(bench_duration $((SECONDS - BENCH_T0)))" >&2
}
