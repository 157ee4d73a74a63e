package org.equityaccelerator.query.web;

/** No view (yet) for the id asked for: answered 404 problem+json. */
public class ViewNotFound extends RuntimeException {
    public ViewNotFound(String message) {
        super(message);
    }
}
