package org.interphase.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The URI converter of every study resource set: only local files can be opened. A link to {@code http://},
 * {@code https://}, {@code ftp://}, {@code jar:} or any other scheme is refused without any network access, so a
 * hostile or broken study can never make the workbench wait for a server.
 */
final class LocalOnlyURIConverter extends ExtensibleURIConverterImpl {

    LocalOnlyURIConverter() {
        super(List.of(new FileURIHandlerImpl(), new Refusing()), ContentHandler.Registry.INSTANCE.contentHandlers());
    }

    /** Handles every URI that is not a local file by refusing it. */
    private static final class Refusing extends URIHandlerImpl {

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        private static IOException refused(URI uri) {
            return new IOException("refused to follow the link to " + uri
                    + ": studies resolve only references inside the study, never other files or the network");
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }

        @Override
        public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }
    }
}
