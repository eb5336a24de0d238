# Used by bin/run: a local SMTP sink (GreenMail standalone, from Maven Central) that keeps every email the
# application sends, so that reset links and invitations can be read in a demo. Nothing is delivered.
#   SMTP_PORT      port the sink listens on for SMTP (default 2525)
#   MAIL_UI_PORT   port of its web API where messages are read (default 8025)

GREENMAIL_VERSION=2.1.8

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_mail_sink() {
    local jar="target/tools/greenmail-standalone-$GREENMAIL_VERSION.jar"
    if port_in_use "$SMTP_PORT"; then
        log "Port $SMTP_PORT already answers: using the mail server there"
        return 0
    fi
    if [ ! -f "$jar" ]; then
        log "Fetching the GreenMail mail sink"
        mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory=target/tools
    fi
    mkdir -p target/tools
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_UI_PORT" \
        -jar "$jar" >target/tools/mail-sink.log 2>&1 &
    MAIL_SINK_PID=$!
    trap 'kill "$MAIL_SINK_PID" 2>/dev/null || true' EXIT
    for _ in $(seq 1 30); do port_in_use "$SMTP_PORT" && return 0; sleep 1; done
    log "The mail sink did not start; see target/tools/mail-sink.log"
    return 1
}
