package org.tongxing.web.assets;

import io.quarkus.qute.TemplateExtension;

/** {@code {static:url('tongxing.css')}} in a template: the file's fingerprinted address. */
@TemplateExtension(namespace = "static")
public class StaticUrls {

    static String url(String name) {
        return StaticFiles.url(name);
    }
}
