package org.ruraltalent.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

/**
 * A caller that closes its connection while its body is still being read (a load generator
 * stopping, a client timing out) is the request's fault, not a 500 logged as the service's own
 * failure: the benchmark's runs logged a few such "unexpected failures" each time wrk stopped.
 */
class ClientGoneProblemTest {

    @Test
    void bodyCutOffByTheCallerIsABadRequest() {
        // As RESTEasy Reactive reports it when Jackson reads a body whose connection closed.
        IOException failure = new IOException(new IOException(new HttpClosedException("Connection was closed")));
        ProblemException problem = ProblemMapper.classify(failure);
        assertEquals(ProblemType.MALFORMED_REQUEST, problem.type);
        assertEquals("detail.body-incomplete", problem.detailKey);
    }

    @Test
    void connectionClosedBeforeTheBodyWasReadIsABadRequest() {
        // As RESTEasy Reactive reports it when the connection had closed before a worker thread began reading.
        IOException failure = new IOException(new java.nio.channels.ClosedChannelException());
        ProblemException problem = ProblemMapper.classify(failure);
        assertEquals(ProblemType.MALFORMED_REQUEST, problem.type);
        assertEquals("detail.body-incomplete", problem.detailKey);
    }
}
