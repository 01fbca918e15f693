package org.tongxing.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/ping")
public class PingResource {
    @GET
    public String ping() {
        return "pong";
    }
}
