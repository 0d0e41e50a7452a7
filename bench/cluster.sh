# ./cchc cluster start|stop|status: a Spark standalone cluster on this machine (1 master, N workers, all on
# 127.0.0.1), started from the project's own jars, for running the transform as it would run on a real cluster and
# checking that it publishes the same marts (./cchc bench verify --master …). Sourced by ./cchc (it uses ROOT,
# ensure_built and the JVM option files).
#
# No Spark distribution is downloadable here, so SPARK_HOME is a shim: transforms/target/spark-home/jars holds links
# to cchc-transforms.jar and every jar of transforms/target/lib, rebuilt at each start. A worker starts its executors
# with `java -cp SPARK_HOME/jars/*` (hence SPARK_SCALA_VERSION, or it looks for a source build), so the executors
# find the job's classes there and need no spark.jars; Spark adds its JDK 17 flags to them itself. The daemons run
# in sessions of their own (setsid), so they outlive the command; pid files and logs are in the state folder.

CLUSTER_HOST=127.0.0.1
CLUSTER_DEFAULT_PORT=7077
# not Spark's 8080, which is ./cchc serve's
CLUSTER_DEFAULT_WEBUI_PORT=8090
CLUSTER_DEFAULT_WORKERS=2
CLUSTER_DEFAULT_WORKER_CORES=1
CLUSTER_DEFAULT_WORKER_MEMORY=4g
CLUSTER_TIMEOUT_SECONDS="${CCHC_CLUSTER_TIMEOUT:-120}"
# heap of the master and worker daemons themselves (Spark's SPARK_DAEMON_MEMORY default), not of the executors
CLUSTER_DAEMON_HEAP=1g

cluster_usage() {
  cat <<USAGE
Cách dùng: ./cchc cluster start [--workers N] [--worker-cores C] [--worker-memory M] [--port P] [--webui-port U]
                                [--state-dir THƯ_MỤC]
           ./cchc cluster stop [--state-dir THƯ_MỤC]
           ./cchc cluster status [--state-dir THƯ_MỤC]

  start    khởi động một cụm Spark độc lập trên máy này (1 master, N worker, tất cả trên $CLUSTER_HOST) từ các jar
           của dự án, chạy nền; chờ đến khi master thấy đủ worker rồi in địa chỉ spark://$CLUSTER_HOST:P
  stop     dừng những gì start đã khởi động (theo tệp pid trong THƯ_MỤC)
  status   in số worker còn sống mà master báo (mã thoát 0 khi đủ, 1 khi thiếu hoặc cụm không chạy)

  --workers N          số worker (mặc định $CLUSTER_DEFAULT_WORKERS)
  --worker-cores C     số nhân mỗi worker cho executor (mặc định $CLUSTER_DEFAULT_WORKER_CORES)
  --worker-memory M    bộ nhớ mỗi worker cho executor, như 4g hoặc 512m (mặc định $CLUSTER_DEFAULT_WORKER_MEMORY)
  --port P             cổng của master (mặc định $CLUSTER_DEFAULT_PORT)
  --webui-port U       cổng giao diện web của master, cũng là nơi đọc trạng thái (mặc định $CLUSTER_DEFAULT_WEBUI_PORT)
  --state-dir THƯ_MỤC  tệp pid, nhật ký và thư mục làm việc của worker (mặc định \$ROOT/target/cluster)

Biến môi trường: CCHC_CLUSTER_TIMEOUT (giây chờ cụm sẵn sàng, mặc định 120).
USAGE
}

# Dies with a message (exit 2, the user must change something).
cluster_refuse() {
  echo "$1" >&2
  exit 2
}

cluster_main() {
  local sub="${1:-}"
  [[ $# -gt 0 ]] && shift
  local workers="$CLUSTER_DEFAULT_WORKERS" cores="$CLUSTER_DEFAULT_WORKER_CORES" memory="$CLUSTER_DEFAULT_WORKER_MEMORY"
  local port="$CLUSTER_DEFAULT_PORT" webui="$CLUSTER_DEFAULT_WEBUI_PORT" state="$ROOT/target/cluster"
  case "$sub" in
    -h | --help | help | "") cluster_usage; return 0 ;;
    start | stop | status) ;;
    *) echo "Không có lệnh 'cluster $sub'." >&2; cluster_usage >&2; exit 2 ;;
  esac
  while [[ $# -gt 0 ]]; do
    local opt="$1" value
    case "$opt" in
      -h | --help) cluster_usage; return 0 ;;
      --*=*) value="${opt#*=}"; opt="${opt%%=*}" ;;
      --*)
        [[ $# -ge 2 && "$2" != --* ]] || cluster_refuse "Không thể hiểu tham số $opt: thiếu giá trị"
        value="$2"; shift ;;
      *) cluster_refuse "Không thể hiểu tham số: $opt" ;;
    esac
    shift
    if [[ "$sub" != start && "$opt" != --state-dir ]]; then
      cluster_refuse "Không thể hiểu tham số của cluster $sub: $opt"
    fi
    case "$opt" in
      --workers) workers="$value" ;;
      --worker-cores) cores="$value" ;;
      --worker-memory) memory="$value" ;;
      --port) port="$value" ;;
      --webui-port) webui="$value" ;;
      --state-dir) state="$value" ;;
      *) cluster_refuse "Không thể hiểu tham số: $opt" ;;
    esac
  done
  [[ "$workers" =~ ^[1-9][0-9]*$ ]] || cluster_refuse "Không thể dùng --workers $workers: cần số nguyên dương"
  [[ "$cores" =~ ^[1-9][0-9]*$ ]] || cluster_refuse "Không thể dùng --worker-cores $cores: cần số nguyên dương"
  [[ "$memory" =~ ^[1-9][0-9]*[mMgG]$ ]] ||
    cluster_refuse "Không thể dùng --worker-memory $memory: cần một dung lượng như 4g hoặc 512m"
  local p
  for p in "$port" "$webui"; do
    [[ "$p" =~ ^[1-9][0-9]*$ && "$p" -le 65535 ]] || cluster_refuse "Không thể dùng cổng $p: cần số từ 1 đến 65535"
  done
  [[ "$port" != "$webui" ]] || cluster_refuse "Không thể dùng cùng cổng $port cho master và giao diện web"
  if [[ "$sub" == start ]]; then
    mkdir -p "$state"
  elif [[ ! -d "$state" ]]; then
    echo "Cụm Spark không chạy (không có thư mục trạng thái $state)."
    [[ "$sub" == stop ]] && return 0
    return 1
  fi
  state="$(cd "$state" && pwd)"
  "cluster_$sub" "$state" "$workers" "$cores" "$memory" "$port" "$webui"
}

# The pid in a pid file when that process is alive and is still one of this cluster's Spark daemons (a pid can be
# reused after a reboot); nothing otherwise.
cluster_pid() {
  local file="$1" pid
  [[ -f "$file" ]] || return 1
  pid="$(<"$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org\.apache\.spark\.deploy\.' || return 1
  echo "$pid"
}

# The master's JSON status page (its web UI), empty when it does not answer.
cluster_master_json() {
  curl -s --max-time 2 "http://$CLUSTER_HOST:$1/json/" 2>/dev/null || true
}

cluster_alive_workers() {
  cluster_master_json "$1" | grep -o '"aliveworkers" : [0-9]*' | grep -o '[0-9]*$' || echo 0
}

cluster_port_busy() {
  (: <"/dev/tcp/$CLUSTER_HOST/$1") 2>/dev/null
}

# Starts one daemon in a session of its own; its pid (that of the java, which exec replaces the shell with) goes to
# STATE/NAME.pid, its output to STATE/NAME.log.
cluster_launch() {
  local state="$1" name="$2"; shift 2
  rm -f "$state/$name.pid"
  SPARK_HOME="$ROOT/transforms/target/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP="$CLUSTER_HOST" \
    setsid nohup bash -c 'echo $$ >"$0" && exec "$@"' "$state/$name.pid" \
    java "$CLI_JVM_OPTIONS" "$SPARK_JVM_OPTIONS" "-Xmx$CLUSTER_DAEMON_HEAP" \
    -cp "$ROOT/transforms/target/spark-home/jars/*" "$@" >"$state/$name.log" 2>&1 </dev/null &
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s "$state/$name.pid" ]] && return 0
    sleep 0.1
  done
  echo "Không thể khởi động $name: không thấy tệp pid $state/$name.pid; xem nhật ký $state/$name.log" >&2
  return 1
}

# SPARK_HOME/jars: links to the job's jar and its runtime classpath, as built now.
cluster_spark_home() {
  local home="$ROOT/transforms/target/spark-home" lib
  rm -rf "$home"
  mkdir -p "$home/jars"
  ln -s "$ROOT/transforms/target/cchc-transforms.jar" "$home/jars/"
  for lib in "$ROOT"/transforms/target/lib/*.jar; do
    ln -s "$lib" "$home/jars/"
  done
}

cluster_start() {
  local state="$1" workers="$2" cores="$3" memory="$4" port="$5" webui="$6"
  local url="spark://$CLUSTER_HOST:$port" pid
  if pid="$(cluster_pid "$state/master.pid")"; then
    local running_url; running_url="$(sed -n 's/^master_url=//p' "$state/cluster.properties" 2>/dev/null)"
    cluster_refuse "Cụm Spark đã chạy (master ${running_url:-?}, pid $pid; trạng thái trong $state): dừng bằng ./cchc cluster stop trước"
  fi
  local p
  for p in "$port" "$webui"; do
    if cluster_port_busy "$p"; then
      cluster_refuse "Không thể khởi động cụm Spark: cổng $p trên $CLUSTER_HOST đã có tiến trình khác dùng (chọn cổng khác bằng --port hoặc --webui-port)"
    fi
  done
  ensure_built transforms
  cluster_spark_home
  rm -rf "$state"/*.pid "$state"/*.log "$state"/worker-*
  printf '%s\n' "master_url=$url" "webui_port=$webui" "workers=$workers" "worker_cores=$cores" \
    "worker_memory=$memory" >"$state/cluster.properties"
  echo "Đang khởi động cụm Spark: master $url, $workers worker × $cores nhân, $memory mỗi worker…" >&2
  cluster_launch "$state" master org.apache.spark.deploy.master.Master \
    --host "$CLUSTER_HOST" --port "$port" --webui-port "$webui" || { cluster_stop "$state" >/dev/null; exit 1; }
  local i
  for ((i = 1; i <= workers; i++)); do
    mkdir -p "$state/worker-$i"
    # --webui-port 0: a free port each, so that N workers never collide
    cluster_launch "$state" "worker-$i" org.apache.spark.deploy.worker.Worker \
      --host "$CLUSTER_HOST" --webui-port 0 --cores "$cores" --memory "$memory" --work-dir "$state/worker-$i" \
      "$url" || { cluster_stop "$state" >/dev/null; exit 1; }
  done
  local alive=0 waited=0 name
  while :; do
    alive="$(cluster_alive_workers "$webui")"
    [[ "$alive" -ge "$workers" ]] && break
    for name in master $(seq -f 'worker-%g' 1 "$workers"); do
      if ! cluster_pid "$state/$name.pid" >/dev/null; then
        echo "Không thể khởi động cụm Spark: tiến trình $name đã dừng; xem nhật ký $state/$name.log:" >&2
        tail -n 20 "$state/$name.log" >&2
        cluster_stop "$state" >/dev/null
        exit 1
      fi
    done
    if [[ "$waited" -ge "$CLUSTER_TIMEOUT_SECONDS" ]]; then
      echo "Không thể khởi động cụm Spark: sau ${CLUSTER_TIMEOUT_SECONDS} s master mới thấy $alive/$workers worker còn sống; xem nhật ký $state/master.log và $state/worker-*.log" >&2
      cluster_stop "$state" >/dev/null
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  cat <<DONE
Cụm Spark đã sẵn sàng sau ${waited} s: master $url, $alive worker × $cores nhân, $memory mỗi worker
  (giao diện http://$CLUSTER_HOST:$webui; pid, nhật ký và thư mục làm việc trong $state).
Chạy biến đổi trên cụm (mỗi executor dùng được bộ nhớ của một worker):
  JAVA_OPTS=-Dspark.executor.memory=$memory ./cchc transform --warehouse KHO --master $url
Kiểm chứng lượt trên cụm so với lượt cục bộ và SQL DuckDB:
  JAVA_OPTS=-Dspark.executor.memory=$memory ./cchc bench verify --warehouse KHO --master $url
Dừng cụm: ./cchc cluster stop
DONE
}

cluster_stop() {
  local state="$1" file name pid stopped=()
  # workers first (each takes its executors down with it), the master last
  for file in "$state"/worker-*.pid "$state/master.pid"; do
    [[ -f "$file" ]] || continue
    name="$(basename "$file" .pid)"
    if pid="$(cluster_pid "$file")"; then
      # the daemon leads its own process group (setsid): its executors are in it too
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      local waited=0
      while kill -0 "$pid" 2>/dev/null && [[ "$waited" -lt 200 ]]; do
        sleep 0.1
        waited=$((waited + 1))
      done
      if kill -0 "$pid" 2>/dev/null; then
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      fi
      stopped+=("$name")
    fi
    rm -f "$file"
  done
  if [[ ${#stopped[@]} -eq 0 ]]; then
    echo "Cụm Spark không chạy (không có tiến trình nào theo tệp pid trong $state)."
  else
    echo "Đã dừng cụm Spark: ${stopped[*]}."
  fi
}

cluster_status() {
  local state="$1" pid url webui workers alive
  url="$(sed -n 's/^master_url=//p' "$state/cluster.properties" 2>/dev/null)"
  webui="$(sed -n 's/^webui_port=//p' "$state/cluster.properties" 2>/dev/null)"
  workers="$(sed -n 's/^workers=//p' "$state/cluster.properties" 2>/dev/null)"
  if ! pid="$(cluster_pid "$state/master.pid")" || [[ -z "$webui" ]]; then
    echo "Cụm Spark không chạy (trạng thái trong $state)."
    return 1
  fi
  alive="$(cluster_alive_workers "$webui")"
  echo "Cụm Spark đang chạy: master $url (pid $pid), $alive/$workers worker còn sống; giao diện http://$CLUSTER_HOST:$webui"
  [[ "$alive" -ge "$workers" ]]
}
