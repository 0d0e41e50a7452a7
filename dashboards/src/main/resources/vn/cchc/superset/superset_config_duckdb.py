# CCHC Analytics: what a Superset needs to read the warehouse's DuckDB catalog safely.
# Append this to your superset_config.py (or import it from there). Tested with apache-superset 6.0.0,
# duckdb-engine 0.17.0 and duckdb 2.0.0.
import time

from sqlalchemy import event
from sqlalchemy.engine import Engine

# Superset refuses duckdb:// URIs by default: DuckDB can read and write any file the Superset process can
# (read_csv('/etc/passwd'), COPY ... TO, ATTACH). We allow it, and take that power away again below.
PREVENT_UNSAFE_DB_CONNECTIONS = False


@event.listens_for(Engine, "connect")
def cchc_duckdb_sandbox(dbapi_connection, connection_record):
    """Lock every DuckDB connection to its own database file.

    The warehouse's catalog is self-contained (its marts and raw_ tables are tables, no view reads a
    file), so a connection needs no file at all: external access is switched off and the configuration
    locked, in that order, once the database is open (DuckDB refuses these settings in the connection's
    config). Reading or attaching any file, installing or loading extensions and changing settings are
    refused.

    DuckDB shares one database instance between the connections of a process that open the same file,
    and these settings belong to the instance: a connection to an instance already locked has nothing
    to do (and could not change anything).
    """
    if not type(dbapi_connection).__module__.startswith("duckdb_engine"):
        return
    if _sandboxed(dbapi_connection):
        return
    row = dbapi_connection.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    if not (row and row[0]):
        return  # an in-memory database has no files to protect
    try:
        dbapi_connection.execute("SET enable_external_access = false")
        dbapi_connection.execute("SET lock_configuration = true")
    except Exception:
        # another thread is sandboxing the shared instance: it has switched external access off (so
        # our SET was refused), and locks the configuration next
        for _ in range(200):
            if _sandboxed(dbapi_connection):
                return
            time.sleep(0.01)
        raise


def _sandboxed(dbapi_connection):
    row = dbapi_connection.execute(
        "SELECT current_setting('lock_configuration') AND NOT current_setting('enable_external_access')"
    ).fetchone()
    return bool(row and row[0])
