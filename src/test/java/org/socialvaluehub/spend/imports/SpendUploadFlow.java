package org.socialvaluehub.spend.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.socialvaluehub.accounts.People;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A buyer's way through the import pages in MockMvc: upload, read the mapping and preview pages, import. */
record SpendUploadFlow(MockMvc mvc, People people, long buyer, String email) {

    /** Uploads the file and answers the path of its mapping page. */
    String upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/spend/import")
                        .file(new MockMultipartFile("file", name, "text/csv", content))
                        .param("buyer", String.valueOf(buyer))
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** Posts the mapping page's form with the columns it offers selected, and answers where it leads. */
    String confirmMapping(String mappingPath) throws Exception {
        Document page = page(mappingPath);
        MockHttpServletRequestBuilder form = post(mappingPath).with(csrf()).with(people.signedIn(email));
        for (var select : page.select("select[name^=column]")) {
            form = form.param(
                    select.attr("name"), select.select("option[selected]").attr("value"));
        }
        return mvc.perform(form).andReturn().getResponse().getRedirectedUrl();
    }

    /** Posts the import of the upload with extra form fields (name, value, …) and answers where it leads. */
    String startImport(String uploadPath, String... fields) throws Exception {
        MockHttpServletRequestBuilder form =
                post(uploadPath + "/import").with(csrf()).with(people.signedIn(email));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form = form.param(fields[i], fields[i + 1]);
        }
        var response = mvc.perform(form).andReturn().getResponse();
        return response.getRedirectedUrl() != null ? response.getRedirectedUrl() : uploadPath;
    }

    static String uploadPath(String mappingOrPreviewPath) {
        return mappingOrPreviewPath.replaceAll("/(mapping|preview)$", "");
    }
}
