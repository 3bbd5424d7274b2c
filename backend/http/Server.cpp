// SPDX-License-Identifier: MIT
#include "Server.h"

#include "Exchange.h"
#include "HttpLog.h"
#include "StreamBuffer.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QTimer>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <exception>
#include <set>
#include <typeinfo>

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcHttp, "kiosk.http", QtWarningMsg)

namespace Kiosk::Http {

Response errorResponse(int status, const char *code, const char *message)
{
    return Response::make(status, QByteArrayLiteral("application/json"),
        QByteArrayLiteral("{\"error\":{\"code\":\"") + code + QByteArrayLiteral("\",\"message\":\"") + message
            + QByteArrayLiteral("\"}}"));
}

namespace {

/** One open connection: its current request's raw target, and its header deadline. */
struct ConnectionContext
{
    QByteArray target; ///< from the URI log callback (polling thread only)
    // Under Private::connectionsMutex:
    int fd = -1;
    bool inRequest = false; ///< headers complete, not yet answered: no header deadline
    bool cut = false;
    QDeadlineTimer headerDeadline;
};

ConnectionContext *contextOf(MHD_Connection *connection)
{
    const auto *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? static_cast<ConnectionContext *>(info->socket_context) : nullptr;
}

/** RFC 9110 token: what a method must be at all. */
bool isToken(const char *text)
{
    if (!*text)
        return false;
    for (const char *c = text; *c; ++c) {
        const unsigned char u = static_cast<unsigned char>(*c);
        const bool alnum = (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
        if (!alnum && !std::strchr("!#$%&'*+-.^_`|~", u))
            return false;
    }
    return true;
}

bool knownMethod(const char *method)
{
    static const char *const known[] = { "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS" };
    for (const char *m : known) {
        if (std::strcmp(m, method) == 0)
            return true;
    }
    return false;
}

/** 1*DIGIT that fits in qint64, else -1. */
qint64 parseLength(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/** What a streamed response's callbacks get: its buffer, and the server that tracks it. */
struct StreamSource
{
    std::shared_ptr<StreamBuffer> buffer;
    std::function<void(const std::shared_ptr<StreamBuffer> &)> released;
};

ssize_t readStream(void *cls, uint64_t, char *into, size_t max)
{
    return static_cast<StreamSource *>(cls)->buffer->read(into, max);
}

void releaseStream(void *cls)
{
    auto *source = static_cast<StreamSource *>(cls);
    source->buffer->detach();
    if (source->released)
        source->released(source->buffer);
    delete source;
}

/** Queues the answer; a streamed one reads from its buffer (`source`, owned by the response). */
MHD_Result queue(MHD_Connection *connection, const Response &response, StreamSource *source = nullptr)
{
    MHD_Response *r = source
        ? MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096, &readStream, source, &releaseStream)
        : MHD_create_response_from_buffer(
            size_t(response.body.size()), const_cast<char *>(response.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!r) {
        if (source)
            releaseStream(source);
        return MHD_NO;
    }
    for (const auto &[name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "connection" || lower == "transfer-encoding" || lower == "date")
            continue; // the server's business
        if (MHD_add_response_header(r, name.constData(), value.constData()) != MHD_YES)
            qCWarning(lcHttp) << "refused response header" << name;
    }
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), r);
    MHD_destroy_response(r);
    return queued;
}

MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    auto *headers = static_cast<QList<QPair<QByteArray, QByteArray>> *>(cls);
    headers->append({ QByteArray(key).toLower(), QByteArray(value ? value : "") });
    return MHD_YES;
}

} // namespace

struct Server::Private
{
    Server *q = nullptr;
    Handler handler;
    ServerOptions options;
    MHD_Daemon *daemon = nullptr;
    quint16 port = 0;

    /** Every open connection, for the header deadline (see watch()). A context leaves the set
     *  in the CLOSED notification, which libmicrohttpd sends before it closes the socket. */
    std::mutex connectionsMutex;
    std::set<ConnectionContext *> connections;
    QTimer *watchdog = nullptr;

    std::mutex mutex; ///< guards stopping, suspended and streams
    bool stopping = false;
    std::set<std::shared_ptr<Exchange>> suspended;
    /** Streamed answers being sent (they may wait suspended for data; see ~Server). */
    std::set<std::shared_ptr<StreamBuffer>> streams;

    // --- libmicrohttpd callbacks (its polling thread) -------------------------------------------
    static MHD_Result onAccess(void *cls, MHD_Connection *connection, const char *url, const char *method,
        const char *version, const char *upload, size_t *uploadSize, void **conCls);
    static void onCompleted(void *cls, MHD_Connection *connection, void **conCls, MHD_RequestTerminationCode code);
    static void onConnection(
        void *cls, MHD_Connection *connection, void **socketContext, MHD_ConnectionNotificationCode code);
    static void *onUri(void *cls, const char *uri, MHD_Connection *connection);
    /** libmicrohttpd's printf-style messages (the format comes from the library). */
    __attribute__((format(printf, 2, 0))) static void onLog(void *cls, const char *format, va_list ap);

    MHD_Result begin(
        MHD_Connection *connection, Exchange &exchange, const char *url, const char *method, const char *version);
    MHD_Result complete(MHD_Connection *connection, const std::shared_ptr<Exchange> &exchange);
    static MHD_Result refuse(MHD_Connection *connection, Exchange &exchange, const Response &response);
    /** The answer the server gives itself, as options.refusal renders it. */
    Response refusal(int status, const char *code, const char *message) const;

    void waitForRequest(ConnectionContext *context);

    // --- the owner's thread ---------------------------------------------------------------------
    void dispatch(const std::shared_ptr<Exchange> &exchange);
    void watch();
};

MHD_Result Server::Private::onAccess(void *cls, MHD_Connection *connection, const char *url, const char *method,
    const char *version, const char *upload, size_t *uploadSize, void **conCls)
{
    auto *d = static_cast<Private *>(cls);
    auto *holder = static_cast<std::shared_ptr<Exchange> *>(*conCls);
    if (!holder) {
        // First call: request line and headers are complete, no body read yet.
        holder = new std::shared_ptr<Exchange>(std::make_shared<Exchange>());
        *conCls = holder;
        if (ConnectionContext *context = contextOf(connection)) {
            const std::lock_guard<std::mutex> lock(d->connectionsMutex);
            context->inRequest = true;
        }
        return d->begin(connection, **holder, url, method, version);
    }
    Exchange &exchange = **holder;
    if (*uploadSize > 0) {
        const qint64 size = qint64(*uploadSize);
        *uploadSize = 0;
        if (exchange.answeredEarly)
            return MHD_YES;
        if (exchange.overLimit || exchange.request.body.size() + size > exchange.bodyLimit) {
            // Over the limit: libmicrohttpd cannot answer in mid-body, so the rest is read and
            // thrown away (memory stays bounded) and answered 413 at its end; a body that goes on
            // past twice the limit is cut off without an answer.
            exchange.overLimit = true;
            exchange.discarded += size;
            return exchange.request.body.size() + exchange.discarded > 2 * exchange.bodyLimit ? MHD_NO : MHD_YES;
        }
        exchange.request.body.append(upload, size);
        return MHD_YES;
    }
    return d->complete(connection, *holder);
}

Response Server::Private::refusal(int status, const char *code, const char *message) const
{
    if (options.refusal) {
        try {
            return options.refusal(status, QByteArray(code), QByteArray(message));
        } catch (...) {
            // Fall back to the plain body: nothing may escape into libmicrohttpd's thread.
        }
    }
    return errorResponse(status, code, message);
}

MHD_Result Server::Private::refuse(MHD_Connection *connection, Exchange &exchange, const Response &response)
{
    exchange.answeredEarly = true;
    return queue(connection, response);
}

MHD_Result Server::Private::begin(
    MHD_Connection *connection, Exchange &exchange, const char *url, const char *method, const char *version)
{
    Request &request = exchange.request;
    request.method = method;
    request.version = version;
    const ConnectionContext *context = contextOf(connection);
    const QByteArray target = context && !context->target.isEmpty() ? context->target : QByteArray(url);
    const qsizetype mark = target.indexOf('?');
    request.path = mark < 0 ? target : target.left(mark);
    request.query = mark < 0 ? QByteArray() : target.mid(mark + 1);
    const int count = MHD_get_connection_values(connection, MHD_HEADER_KIND, nullptr, nullptr);
    if (count > options.maxHeaderCount)
        return refuse(connection, exchange,
            refusal(431, "too_many_headers", "The request has more header fields than this server accepts."));
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader, &request.headers);
    if (!isToken(method))
        return refuse(connection, exchange, refusal(400, "bad_method", "Invalid request method."));
    if (!knownMethod(method))
        return refuse(connection, exchange,
            refusal(501, "method_not_implemented", "This server does not implement that method."));
    exchange.bodyLimit = options.bodyLimitFor(request.path);
    if (request.hasHeader("content-length") && !request.hasHeader("transfer-encoding")) {
        const qint64 length = parseLength(request.header("content-length"));
        if (length < 0)
            return refuse(connection, exchange, refusal(400, "bad_content_length", "Malformed Content-Length."));
        if (length > 2 * exchange.bodyLimit)
            return refuse(connection, exchange, refusal(413, "body_too_large", "The request body is over the limit."));
        // A little over: read and thrown away, then answered 413, so that an ordinary client
        // writing its whole body reads the answer instead of a connection reset.
        exchange.overLimit = length > exchange.bodyLimit;
        if (!exchange.overLimit)
            request.body.reserve(length);
    }
    return MHD_YES;
}

MHD_Result Server::Private::complete(MHD_Connection *connection, const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->answeredEarly)
        return MHD_YES;
    std::unique_lock<std::mutex> lock(exchange->mutex);
    switch (exchange->state) {
    case Exchange::State::Reading: {
        if (exchange->overLimit) {
            lock.unlock();
            return refuse(connection, *exchange, refusal(413, "body_too_large", "The request body is over the limit."));
        }
        {
            const std::lock_guard<std::mutex> guard(mutex);
            if (stopping)
                return MHD_NO;
            suspended.insert(exchange);
        }
        exchange->state = Exchange::State::Suspended;
        exchange->connection = connection;
        lock.unlock();
        MHD_suspend_connection(connection);
        QMetaObject::invokeMethod(
            q, [this, exchange]() { dispatch(exchange); }, Qt::QueuedConnection);
        return MHD_YES;
    }
    case Exchange::State::Resumed: {
        exchange->state = Exchange::State::Closed;
        const std::optional<Response> response = std::exchange(exchange->response, std::nullopt);
        lock.unlock();
        if (!response)
            return MHD_NO; // dropped on purpose: close without an answer
        if (response->stream) {
            {
                const std::lock_guard<std::mutex> guard(mutex);
                if (stopping) {
                    response->stream->detach();
                    return MHD_NO;
                }
                streams.insert(response->stream);
            }
            response->stream->attach(connection);
            auto *source = new StreamSource { response->stream, [this](const std::shared_ptr<StreamBuffer> &buffer) {
                                                 const std::lock_guard<std::mutex> guard(mutex);
                                                 streams.erase(buffer);
                                             } };
            return queue(connection, *response, source);
        }
        return queue(connection, *response);
    }
    case Exchange::State::Suspended:
    case Exchange::State::Closed:
        return MHD_YES;
    }
    return MHD_YES;
}

void Server::Private::onCompleted(void *cls, MHD_Connection *connection, void **conCls, MHD_RequestTerminationCode)
{
    auto *d = static_cast<Private *>(cls);
    if (ConnectionContext *context = contextOf(connection))
        d->waitForRequest(context);
    auto *holder = static_cast<std::shared_ptr<Exchange> *>(*conCls);
    if (!holder)
        return;
    {
        const std::lock_guard<std::mutex> lock((*holder)->mutex);
        (*holder)->connection = nullptr;
        (*holder)->state = Exchange::State::Closed;
    }
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        d->suspended.erase(*holder);
    }
    delete holder;
    *conCls = nullptr;
}

void Server::Private::waitForRequest(ConnectionContext *context)
{
    const std::lock_guard<std::mutex> lock(connectionsMutex);
    context->inRequest = false;
    context->headerDeadline = QDeadlineTimer(qint64(options.headerTimeoutSecs) * 1000);
}

void Server::Private::onConnection(
    void *cls, MHD_Connection *connection, void **socketContext, MHD_ConnectionNotificationCode code)
{
    auto *d = static_cast<Private *>(cls);
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        auto *context = new ConnectionContext;
        const auto *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
        context->fd = info ? info->connect_fd : -1;
        d->waitForRequest(context);
        const std::lock_guard<std::mutex> lock(d->connectionsMutex);
        d->connections.insert(context);
        *socketContext = context;
    } else {
        auto *context = static_cast<ConnectionContext *>(*socketContext);
        {
            const std::lock_guard<std::mutex> lock(d->connectionsMutex);
            d->connections.erase(context);
        }
        delete context;
        *socketContext = nullptr;
    }
}

void Server::Private::watch()
{
    // libmicrohttpd's timeout is one of inactivity; a client that trickles its headers byte by
    // byte would hold a connection for as long as it likes. Past the header deadline the socket
    // is shut down (not closed: libmicrohttpd sees the end and closes and forgets it itself).
    const std::lock_guard<std::mutex> lock(connectionsMutex);
    for (ConnectionContext *context : connections) {
        if (!context->inRequest && !context->cut && context->fd >= 0 && context->headerDeadline.hasExpired()) {
            context->cut = true;
            ::shutdown(context->fd, SHUT_RDWR);
            qCInfo(lcHttp) << "closed a connection that did not send its headers in time";
        }
    }
}

void *Server::Private::onUri(void *, const char *uri, MHD_Connection *connection)
{
    const auto *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    if (info && info->socket_context)
        static_cast<ConnectionContext *>(info->socket_context)->target = QByteArray(uri);
    return nullptr;
}

void Server::Private::onLog(void *, const char *format, va_list ap)
{
    char text[512];
    std::vsnprintf(text, sizeof text, format, ap);
    qCInfo(lcHttp) << "libmicrohttpd:" << QByteArray(text).trimmed();
}

void Server::Private::dispatch(const std::shared_ptr<Exchange> &exchange)
{
    const Responder responder(exchange);
    // The dispatch boundary: no exception goes on into the event loop.
    try {
        handler(exchange->request, responder);
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "handler of" << exchange->request.method << exchange->request.path << "threw"
                          << typeid(e).name() << "- answered 500";
        responder.send(refusal(500, "internal_error", "The server failed to handle this request."));
    } catch (...) {
        qCWarning(lcHttp) << "handler of" << exchange->request.method << exchange->request.path
                          << "threw - answered 500";
        responder.send(refusal(500, "internal_error", "The server failed to handle this request."));
    }
}

Server::Server(Handler handler, ServerOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->handler = std::move(handler);
    d->options = std::move(options);
    if (d->options.headerTimeoutSecs > 0) {
        d->watchdog = new QTimer(this);
        d->watchdog->setInterval(500);
        connect(d->watchdog, &QTimer::timeout, this, [this] { d->watch(); });
    }
}

Server::~Server()
{
    if (!d->daemon)
        return;
    std::set<std::shared_ptr<Exchange>> pending;
    std::set<std::shared_ptr<StreamBuffer>> streams;
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = true;
        pending = d->suspended;
        streams = d->streams;
    }
    // libmicrohttpd must not be stopped with suspended connections: drop every waiting one,
    // and wake every stream waiting for data (it ends at once).
    for (const auto &exchange : pending)
        exchange->finish(std::nullopt);
    for (const auto &stream : streams)
        stream->abort();
    MHD_stop_daemon(d->daemon);
}

Result<quint16> Server::listen(const QHostAddress &address, quint16 port)
{
    if (d->daemon)
        return makeError(QStringLiteral("listen_failed"), QStringLiteral("The server is already listening."));
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    sockaddr_storage storage {};
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv6
        || address.protocol() == QAbstractSocket::IPv6Protocol) {
        flags |= address == QHostAddress::Any ? unsigned(MHD_USE_DUAL_STACK) : unsigned(MHD_USE_IPv6);
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address == QHostAddress::Any ? QHostAddress(QHostAddress::AnyIPv6).toIPv6Address()
                                                              : address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        in6->sin6_scope_id = address.scopeId().toUInt();
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
    }
    // Stay below the process's descriptor limit, with room for the store, the client and the logs.
    unsigned connections = d->options.maxConnections;
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY && files.rlim_cur > 128)
        connections = qMin<unsigned>(connections, unsigned(files.rlim_cur - 64));
    Private *p = d.get();
    d->daemon = MHD_start_daemon(flags, port, nullptr, nullptr, &Private::onAccess, p,
        // The logger first, so that libmicrohttpd's messages about the other options go to it.
        MHD_OPTION_EXTERNAL_LOGGER, &Private::onLog, p, MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr *>(&storage),
        MHD_OPTION_CONNECTION_LIMIT, connections, MHD_OPTION_CONNECTION_TIMEOUT, d->options.idleTimeoutSecs,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(d->options.connectionMemoryBytes), MHD_OPTION_LISTEN_BACKLOG_SIZE,
        unsigned(d->options.listenBacklog), MHD_OPTION_NOTIFY_COMPLETED, &Private::onCompleted, p,
        MHD_OPTION_NOTIFY_CONNECTION, &Private::onConnection, p, MHD_OPTION_URI_LOG_CALLBACK, &Private::onUri, p,
        MHD_OPTION_STRICT_FOR_CLIENT, 1, MHD_OPTION_END);
    if (!d->daemon)
        return makeError(QStringLiteral("listen_failed"),
            QStringLiteral("Cannot listen on %1:%2: %3")
                .arg(address.toString(), QString::number(port), QString::fromLocal8Bit(std::strerror(errno))));
    const MHD_DaemonInfo *info = MHD_get_daemon_info(d->daemon, MHD_DAEMON_INFO_BIND_PORT);
    d->port = info ? info->port : port;
    if (d->watchdog)
        d->watchdog->start();
    return d->port;
}

quint16 Server::port() const
{
    return d->port;
}

const ServerOptions &Server::options() const
{
    return d->options;
}

} // namespace Kiosk::Http
