// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/api/ApiError.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttpBody_data();
    void fromHttpBody();
    void httpBodyIsKeptForTheInspector();
    void validationDetailList();
    void fromStreamPayload_data();
    void fromStreamPayload();
    void fromNetworkError_data();
    void fromNetworkError();
    void describe_data();
    void describe();
    void logTextIsEnglishWithoutTheMessage();
};

void TestApiError::fromHttpBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("message"); // exact
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("param");

    const QByteArray json = "application/json";
    QTest::addRow("openai")
        << 401
        << QByteArray(R"({"error":{"message":"Incorrect API key provided: sk-abc.","type":)"
                      R"("invalid_request_error","param":null,"code":"invalid_api_key"}})")
        << json << u"Incorrect API key provided: sk-abc."_s << u"invalid_api_key"_s
        << u"invalid_request_error"_s << QString();
    QTest::addRow("openai param")
        << 400
        << QByteArray(R"({"error":{"message":"Invalid value for 'temperature'.","type":)"
                      R"("invalid_request_error","param":"temperature","code":null}})")
        << json << u"Invalid value for 'temperature'."_s << QString() << u"invalid_request_error"_s
        << u"temperature"_s;
    QTest::addRow("azure openai content filter")
        << 400
        << QByteArray(R"({"error":{"message":"The prompt was filtered.","type":null,)"
                      R"("param":"prompt","code":"content_filter","status":400,"innererror":)"
                      R"({"code":"ResponsibleAIPolicyViolation","content_filter_result":)"
                      R"({"hate":{"filtered":true,"severity":"high"}}}}})")
        << json << u"The prompt was filtered."_s << u"content_filter"_s << QString() << u"prompt"_s;
    QTest::addRow("azure openai code only in innererror")
        << 400
        << QByteArray(R"({"error":{"message":"Filtered.","type":null,"param":null,"code":null,)"
                      R"("status":400,"innererror":{"code":"ResponsibleAIPolicyViolation"}}})")
        << json << u"Filtered."_s << u"ResponsibleAIPolicyViolation"_s << QString() << QString();
    QTest::addRow("azure.core")
        << 400
        << QByteArray(R"({"error":{"code":"InvalidRequest","message":"Unknown model: gpt-x",)"
                      R"("target":"model","details":[{"code":"NotFound","message":"gpt-x"}]}})")
        << json << u"Unknown model: gpt-x"_s << u"InvalidRequest"_s << QString()
        << u"model"_s; // Azure.Core's target names the field
    QTest::addRow("openrouter numeric code and metadata.raw")
        << 429
        << QByteArray(R"({"error":{"code":429,"message":"Provider returned error",)"
                      R"("metadata":{"raw":"anthropic is rate limited","provider_name":)"
                      R"("Anthropic"}}})")
        << json << u"Provider returned error (Anthropic: anthropic is rate limited)"_s << u"429"_s
        << QString() << QString();
    QTest::addRow("openrouter raw without provider")
        << 502
        << QByteArray(R"({"error":{"code":502,"message":"Upstream error",)"
                      R"("metadata":{"raw":"bad gateway"}}})")
        << json << u"Upstream error (bad gateway)"_s << u"502"_s << QString() << QString();
    QTest::addRow("vllm top-level object error")
        << 404
        << QByteArray(R"({"object":"error","message":"The model `foo` does not exist.",)"
                      R"("type":"NotFoundError","param":null,"code":404})")
        << json << u"The model `foo` does not exist."_s << u"404"_s << u"NotFoundError"_s
        << QString();
    QTest::addRow("error as a string")
        << 404 << QByteArray(R"({"error":"model 'x' not found"})") << json
        << u"model 'x' not found"_s << QString() << QString() << QString();
    QTest::addRow("fastapi detail string") << 404 << QByteArray(R"({"detail":"Not Found"})") << json
                                           << u"Not Found"_s << QString() << QString() << QString();
    QTest::addRow("top-level message") << 403 << QByteArray(R"({"message":"Forbidden"})") << json
                                       << u"Forbidden"_s << QString() << QString() << QString();
    QTest::addRow("error object without message")
        << 500 << QByteArray(R"({"error":{"message":null,"code":"server_error"}})") << json
        << u"the server gave no message"_s << u"server_error"_s << QString() << QString();
    QTest::addRow("plain text")
        << 503
        << QByteArray("upstream connect error or disconnect/reset before headers.\n"
                      "  reset reason: overflow\n")
        << QByteArray("text/plain")
        << u"upstream connect error or disconnect/reset before headers. reset reason: overflow"_s
        << QString() << QString() << QString();
    QTest::addRow("json that is no error object")
        << 500 << QByteArray(R"({"foo":1})") << json << u"{\"foo\":1}"_s << QString() << QString()
        << QString();
    QTest::addRow("broken json") << 500 << QByteArray(R"({"error":{"message":"cut)") << json
                                 << u"{\"error\":{\"message\":\"cut"_s << QString() << QString()
                                 << QString();
    // Without a body the status itself is explained, so the user never reads a bare number.
    QTest::addRow("empty body") << 503 << QByteArray() << QByteArray()
                                << u"the service is unavailable or overloaded; try again later"_s
                                << QString() << QString() << QString();
    QTest::addRow("whitespace body")
        << 502 << QByteArray(" \r\n ") << QByteArray("text/plain")
        << u"a gateway in between got no valid answer from the server"_s << QString() << QString()
        << QString();
}

void TestApiError::fromHttpBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(QString, type);
    QFETCH(QString, param);

    const ApiError error = ApiErrors::fromHttpBody(status, body, contentType);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QCOMPARE(error.code, code);
    QCOMPARE(error.type, type);
    QCOMPARE(error.param, param);
}

void TestApiError::httpBodyIsKeptForTheInspector()
{
    // HTML from a proxy: the user is told it is HTML, with the page title, not the markup.
    const QByteArray page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>"
                            "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
                            "</body>\r\n</html>\r\n";
    ApiError error = ApiErrors::fromHttpBody(502, page, "text/html");
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY2(error.message.contains(u"HTML"_s), qPrintable(error.message));
    QVERIFY2(error.message.endsWith(u": 502 Bad Gateway"_s), qPrintable(error.message));
    QVERIFY(!error.message.contains(u"<center>"_s));
    QCOMPARE(error.body, page);

    // No Content-Type, but clearly markup; title with attributes and spread over lines.
    error = ApiErrors::fromHttpBody(403,
        "<!DOCTYPE html><html><head><TITLE lang=\"en\">\n  Attention Required! |\n  Cloudflare"
        "</TITLE></head><body>blocked</body></html>",
        QByteArray());
    QVERIFY2(error.message.contains(u"HTML"_s), qPrintable(error.message));
    QVERIFY2(
        error.message.endsWith(u": Attention Required! | Cloudflare"_s), qPrintable(error.message));

    // An HTML page without a title still says HTML.
    error = ApiErrors::fromHttpBody(500, "<html><body>oops</body></html>", "text/html");
    QVERIFY2(error.message.contains(u"HTML"_s), qPrintable(error.message));

    // A huge plain body: a short message, but the inspector keeps the start of the body.
    const QByteArray huge(100'000, 'x');
    error = ApiErrors::fromHttpBody(500, huge, "text/plain");
    QVERIFY(error.message.size() <= 300);
    QVERIFY(error.message.size() > 0);
    QVERIFY(!error.body.isEmpty());
    QVERIFY(error.body.size() < huge.size());
    QVERIFY(huge.startsWith(error.body));
}

void TestApiError::validationDetailList()
{
    // FastAPI-based servers answer 422 with {"detail": [{"loc", "msg", "type"}]}. The user should
    // see what was wrong ("field required"), not "the server gave no message".
    const ApiError error = ApiErrors::fromHttpBody(422,
        R"({"detail":[{"loc":["body","messages"],"msg":"field required",)"
        R"("type":"value_error.missing"}]})",
        "application/json");
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 422);
}

void TestApiError::fromStreamPayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");

    QTest::addRow("openai error object")
        << QByteArray(R"({"error":{"message":"The server had an error while processing your )"
                      R"(request.","type":"server_error","param":null,"code":"server_error"}})")
        << u"The server had an error while processing your request."_s << u"server_error"_s;
    QTest::addRow("openrouter beside a chunk")
        << QByteArray(R"({"id":"gen-1","object":"chat.completion.chunk","error":{"code":)"
                      R"("server_error","message":"Provider disconnected unexpectedly"},)"
                      R"("choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})")
        << u"Provider disconnected unexpectedly"_s << u"server_error"_s;
    QTest::addRow("vllm object error")
        << QByteArray(R"({"object":"error","message":"max_tokens is too large","type":)"
                      R"("BadRequestError","param":null,"code":400})")
        << u"max_tokens is too large"_s << u"400"_s;
    QTest::addRow("error string") << QByteArray(R"({"error":"overloaded"})") << u"overloaded"_s
                                  << QString();
    QTest::addRow("not json") << QByteArray("internal failure\n") << u"internal failure"_s
                              << QString();
    QTest::addRow("empty") << QByteArray() << u"an error occurred during streaming"_s << QString();
    QTest::addRow("error without message")
        << QByteArray(R"({"error":{"code":"overloaded"}})")
        << u"an error occurred during streaming"_s << u"overloaded"_s;
}

void TestApiError::fromStreamPayload()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, message);
    QFETCH(QString, code);

    const ApiError error = ApiErrors::fromStreamPayload(payload);
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QCOMPARE(error.message, message);
    QCOMPARE(error.code, code);
    QCOMPARE(error.body, payload);
}

void TestApiError::fromNetworkError_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::addRow("refused") << QNetworkReply::ConnectionRefusedError << ApiError::Kind::Network;
    QTest::addRow("closed") << QNetworkReply::RemoteHostClosedError << ApiError::Kind::Network;
    QTest::addRow("dns") << QNetworkReply::HostNotFoundError << ApiError::Kind::Network;
    QTest::addRow("unknown") << QNetworkReply::UnknownNetworkError << ApiError::Kind::Network;
    QTest::addRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << ApiError::Kind::Network;
    QTest::addRow("timeout") << QNetworkReply::TimeoutError << ApiError::Kind::Timeout;
    QTest::addRow("tls") << QNetworkReply::SslHandshakeFailedError << ApiError::Kind::Tls;
    QTest::addRow("cancelled") << QNetworkReply::OperationCanceledError
                               << ApiError::Kind::Cancelled;
}

void TestApiError::fromNetworkError()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(ApiError::Kind, kind);

    const QString text = u"Connection refused"_s;
    const ApiError error = ApiErrors::fromNetworkError(networkError, text);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.networkError, networkError);
    QCOMPARE(error.message, text);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(error.isError());
}

void TestApiError::describe_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("expected");

    ApiError http = ApiErrors::fromHttpBody(401,
        R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error",)"
        R"("param":null,"code":"invalid_api_key"}})",
        "application/json");
    http.requestId = "req_123";
    QTest::addRow("http") << http
                          << u"HTTP 401: Incorrect API key provided (invalid_api_key) "
                             "[request req_123]"_s;

    ApiError repeated = ApiErrors::fromHttpBody(429,
        R"({"error":{"message":"rate_limit_exceeded: slow down","code":"rate_limit_exceeded"}})",
        "application/json");
    QTest::addRow("code already in message")
        << repeated << u"HTTP 429: rate_limit_exceeded: slow down"_s;

    ApiError api = ApiErrors::fromStreamPayload(R"({"error":{"message":"boom","code":"x"}})");
    api.httpStatus = 200;
    api.requestId = "req_9";
    QTest::addRow("api in a stream") << api << u"API error (HTTP 200): boom (x) [request req_9]"_s;

    const ApiError network =
        ApiErrors::fromNetworkError(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
    QTest::addRow("network") << network << u"network error: Connection refused"_s;

    ApiError timeout;
    timeout.kind = ApiError::Kind::Timeout;
    timeout.message = u"no data from the server for 1.5 s"_s;
    QTest::addRow("timeout") << timeout << u"timeout: no data from the server for 1.5 s"_s;

    QTest::addRow("empty 503") << ApiErrors::fromHttpBody(
        503, {}, {}) << u"HTTP 503: the service is unavailable or overloaded; try again later"_s;
}

void TestApiError::describe()
{
    QFETCH(ApiError, error);
    QFETCH(QString, expected);
    QCOMPARE(error.describe(), expected);
}

void TestApiError::logTextIsEnglishWithoutTheMessage()
{
    // Logs use English ids whatever the UI language, and never the message (the server's words
    // or Kaiwa's translated ones): kind, status, code and request id are enough to find it.
    ApiError error = ApiErrors::fromHttpBody(401,
        R"({"error":{"message":"Incorrect API key provided","code":"invalid_api_key"}})",
        "application/json");
    error.requestId = "req_123";
    QCOMPARE(error.logText(), u"HTTP 401 (invalid_api_key) [request req_123]"_s);
    ApiError cut;
    cut.kind = ApiError::Kind::Truncated;
    cut.httpStatus = 200;
    cut.message = u"the stream ended before choice 0 finished"_s;
    QCOMPARE(cut.logText(), u"stream ended early (HTTP 200)"_s);
    const ApiError empty = ApiErrors::fromHttpBody(503, {}, {});
    QCOMPARE(empty.logText(), u"HTTP 503"_s);
    QVERIFY(!empty.logText().contains(empty.message));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
