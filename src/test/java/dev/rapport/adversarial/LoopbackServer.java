package dev.rapport.adversarial;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A real HTTP server on the loopback interface that misbehaves the way servers do: it answers
 * with headers and then stalls, trickles one byte at a time, or sends an endless body.
 */
final class LoopbackServer implements AutoCloseable {
    enum Mode { STALL, TRICKLE, ENDLESS }

    private final ServerSocket socket;
    private final Mode mode;
    private final Thread acceptor;

    LoopbackServer(Mode mode) throws IOException {
        this.mode = mode;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::serve, "loopback-" + mode);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> answer(s), "loopback-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65536];
            in.read(buf); // the request (small); its content does not matter here
            OutputStream out = s.getOutputStream();
            String length = mode == Mode.ENDLESS ? "2000000000" : "5000";
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{\"id\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            switch (mode) {
                case STALL -> Thread.sleep(600_000);
                case TRICKLE -> {
                    for (int i = 0; i < 6000; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(100);
                    }
                }
                case ENDLESS -> {
                    byte[] spaces = new byte[65536];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    while (true) {
                        out.write(spaces);
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up, as it should
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
