package dev.consular.update;

import dev.consular.text.Say;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a bundle or its signature from a file or over HTTP(S) with the JDK's client: a connect
 * timeout, a timeout for the first answer, a download that stalls for as long is given up, and the
 * size limit is enforced while the bytes arrive, not after. Failures are exit 69 (the source cannot
 * be reached or read) or 65 (what it sent cannot be a bundle).
 */
final class Fetcher {
    private final Duration timeout;
    private final PrintWriter progress; // null: no progress line (stderr is not a terminal)
    private HttpClient client;
    private int shown; // length of the progress line on screen, 0 when none

    Fetcher(Duration timeout, PrintWriter progress) {
        this.timeout = timeout;
        this.progress = progress;
    }

    static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** The last part of a location's path, to name it in messages. */
    static String name(String location) {
        String path = location;
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        int slash = path.lastIndexOf('/');
        String n = slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
        return n.isEmpty() ? location : n;
    }

    byte[] fetch(String location, long limit, boolean showProgress) {
        return isUrl(location) ? download(location, limit, showProgress) : readFile(location, limit);
    }

    private byte[] readFile(String location, long limit) {
        Path file = Path.of(location);
        try {
            if (Files.isDirectory(file)) throw UpdateException.unavailable("cannot read " + location + ": a folder");
            if (Files.size(file) > limit) {
                throw UpdateException.badBundle(location + ": larger than the " + size(limit) + " limit");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UpdateException.unavailable("cannot read " + location + ": no such file");
        } catch (AccessDeniedException e) {
            throw UpdateException.unavailable("cannot read " + location + ": permission denied");
        } catch (IOException e) {
            throw UpdateException.unavailable("cannot read " + location + ": " + UpdateException.why(e));
        }
    }

    private byte[] download(String location, long limit, boolean showProgress) {
        URI uri;
        try {
            uri = new URI(location);
            if (uri.getHost() == null) throw new URISyntaxException(location, "no host");
        } catch (URISyntaxException e) {
            throw UpdateException.unavailable("not a valid address: " + location);
        }
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/octet-stream, */*").GET().build();
        Body body = new Body(limit, location);
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, body);
        long started = System.nanoTime();
        long overall = timeout.toNanos() * 10;
        String name = name(location);
        try {
            while (true) {
                try {
                    HttpResponse<byte[]> r = answer.get(200, TimeUnit.MILLISECONDS);
                    clearProgress(showProgress);
                    return r.body();
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    if (body.started() && now - body.lastActivity > timeout.toNanos()) {
                        body.cancel();
                        throw UpdateException.unavailable(location + ": the download stalled (nothing received for "
                                + timeout.toSeconds() + " s)");
                    }
                    if (now - started > overall) {
                        body.cancel();
                        throw UpdateException.unavailable(location + ": the download took longer than "
                                + (overall / 1_000_000_000L) + " s");
                    }
                    if (showProgress && progress != null && body.started()) {
                        String line = Say.PREFIX + "downloading " + name + ": " + size(body.received)
                                + (body.expected > 0 ? " of " + size(body.expected) : "");
                        progress.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
                        progress.flush();
                        shown = line.length();
                    }
                }
            }
        } catch (ExecutionException e) {
            throw failure(location, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw UpdateException.unavailable(location + ": interrupted");
        } finally {
            clearProgress(showProgress);
        }
    }

    private void clearProgress(boolean showProgress) {
        if (showProgress && progress != null && shown > 0) {
            progress.print("\r" + " ".repeat(shown) + "\r");
            progress.flush();
            shown = 0;
        }
    }

    private UpdateException failure(String location, Throwable cause) {
        while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException
                || (cause instanceof IOException && cause.getCause() instanceof UpdateException)) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof UpdateException u) return u;
        URI uri = URI.create(location);
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        if (cause instanceof HttpConnectTimeoutException) {
            return UpdateException.unavailable("cannot connect to " + host + ": no answer within " + timeout.toSeconds() + " s");
        }
        if (cause instanceof HttpTimeoutException) {
            return UpdateException.unavailable(location + ": no answer within " + timeout.toSeconds() + " s");
        }
        if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException
                || cause instanceof java.net.UnknownHostException) {
            String why = cause instanceof ConnectException && cause.getMessage() != null && !cause.getMessage().isBlank()
                    ? cause.getMessage() : cause instanceof ConnectException ? "connection refused" : "unknown host";
            if (cause.getCause() instanceof UnresolvedAddressException) why = "unknown host";
            return UpdateException.unavailable("cannot connect to " + host + ": " + why);
        }
        String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return UpdateException.unavailable(location + ": the download failed: " + msg);
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return (bytes + 512) / 1024 + " KiB";
        long tenths = (bytes * 10 + (1 << 19)) >> 20;
        return tenths % 10 == 0 ? tenths / 10 + " MiB" : tenths / 10 + "." + tenths % 10 + " MiB";
    }

    /** Collects the body within the limit; refuses error statuses and announced sizes over it. */
    private static final class Body implements HttpResponse.BodyHandler<byte[]>, HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final String location;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;
        volatile long received;
        volatile long expected = -1;
        volatile long lastActivity;

        Body(long limit, String location) {
            this.limit = limit;
            this.location = location;
        }

        boolean started() {
            return subscription != null;
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) s.cancel();
            result.cancel(true);
        }

        @Override
        public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
            int status = info.statusCode();
            if (status != 200) {
                String why = status == 404 ? "not found (HTTP 404)" : "the server answered HTTP " + status;
                result.completeExceptionally(UpdateException.unavailable(location + ": " + why));
            } else {
                expected = info.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (expected > limit) {
                    result.completeExceptionally(UpdateException.badBundle(location + ": " + size(expected)
                            + ", larger than the " + size(limit) + " limit"));
                }
            }
            return this;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            lastActivity = System.nanoTime();
            subscription = s;
            if (result.isDone()) s.cancel();
            else s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            lastActivity = System.nanoTime();
            for (ByteBuffer b : items) {
                long total = received + b.remaining();
                if (total > limit) {
                    subscription.cancel();
                    result.completeExceptionally(UpdateException.badBundle(location + ": larger than the "
                            + size(limit) + " limit"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
                received = total;
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
