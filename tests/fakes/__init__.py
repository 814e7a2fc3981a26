"""Fakes at the edge of the network: real sockets on 127.0.0.1, never mocks of our own code."""
