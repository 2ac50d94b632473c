package org.civitas.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a server that the test can cut and restore, as a network or cluster outage
 * looks from the platform: connections refused, open ones dropped.
 */
final class Blackout implements AutoCloseable {

    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    final int port;

    Blackout(int port, int targetPort) throws IOException {
        this.port = port;
        this.targetPort = targetPort;
        restore();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    synchronized void cut() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    synchronized void restore() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = server;
        Thread accepting = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    // A connection accepted just before a cut must not outlive it: register under the cut's lock.
                    synchronized (Blackout.this) {
                        if (server.isClosed()) {
                            client.close();
                            target.close();
                            return;
                        }
                        open.add(client);
                        open.add(target);
                    }
                    pipe(client, target);
                    pipe(target, client);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "blackout-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException dropped) {
                // the other side closed, or the test cut the line
            } finally {
                try {
                    to.close();
                    from.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "blackout-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
