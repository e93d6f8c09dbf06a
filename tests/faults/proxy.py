"""A TCP proxy the fault tests control: 127.0.0.1:<port> → the cluster's port.

`cut()` drops every live connection (both ends closed at once, as a pulled cable seen by a reset) and
refuses new ones (accepted and closed at once: libpq sees "server closed the connection"), until
`restore()`. `latency` delays every chunk in each direction. Threads: one acceptor, two pumps per
connection; `close()` stops them all and joins them.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time


def _hard_close(sock: socket.socket) -> None:
    # SO_LINGER 0: close sends a RST, like a network that is gone, instead of a polite FIN
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


class Proxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1", *, latency: float = 0.0) -> None:
        self.target = (target_host, target_port)
        self.latency = latency
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._threads: list[threading.Thread] = []
        self._cut = False
        self._closed = False
        self.accepted = 0  # connections forwarded so far
        self.refused = 0  # connections refused while cut
        self._acceptor = threading.Thread(target=self._accept_loop, name="proxy-accept", daemon=True)
        self._acceptor.start()

    # ---- control -------------------------------------------------------------------------------
    @property
    def is_cut(self) -> bool:
        return self._cut

    def cut(self) -> int:
        """Drop every live connection and refuse new ones; returns how many were dropped."""
        with self._lock:
            self._cut = True
            pairs, self._pairs = self._pairs, []
        for a, b in pairs:
            _hard_close(a)
            _hard_close(b)
        return len(pairs)

    def restore(self) -> None:
        with self._lock:
            self._cut = False

    def live(self) -> int:
        with self._lock:
            return len(self._pairs)

    def close(self) -> None:
        self._closed = True
        self.cut()
        self._acceptor.join(5)
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            threads, self._threads = self._threads, []
        for t in threads:
            t.join(5)

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- work ----------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._cut or self._closed:
                self.refused += 1
                _hard_close(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _hard_close(client)
                continue
            for s in (client, upstream):
                s.settimeout(None)
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if self._cut:  # cut while connecting
                    _hard_close(client)
                    _hard_close(upstream)
                    continue
                self._pairs.append((client, upstream))
                self.accepted += 1
                pumps = [
                    threading.Thread(target=self._pump, args=(client, upstream), daemon=True),
                    threading.Thread(target=self._pump, args=(upstream, client), daemon=True),
                ]
                self._threads = [t for t in self._threads if t.is_alive()] + pumps
            for t in pumps:
                t.start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if self.latency:
                    time.sleep(self.latency)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            self._drop(src, dst)

    def _drop(self, a: socket.socket, b: socket.socket) -> None:
        with self._lock:
            self._pairs = [p for p in self._pairs if a not in p]
        # one side ended: end the other too (a half-open pair would hang the peer)
        for s in (a, b):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()
