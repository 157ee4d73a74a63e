package org.equityaccelerator.command.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/** Body of a 201: the id of what the command created. */
public record Created(String id) {
    public static ResponseEntity<Created> at(String location, String id) {
        return ResponseEntity.created(URI.create(location)).body(new Created(id));
    }
}
