# Sourced by local/run and .ci/run: makes sure Maven runs on a JDK 21 or newer.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
current="${JAVA_HOME:+$JAVA_HOME/bin/java}"
current="${current:-$(command -v java || true)}"
if [ -z "$current" ] || [ "$(java_major "$current")" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  if [ "$(java_major "$(command -v java)")" -lt 21 ] 2>/dev/null; then
    echo "This project needs JDK 21 or newer. Install one and set JAVA_HOME to it." >&2
    exit 1
  fi
fi
