package dev.newswire.sink.store;

import java.util.List;
import java.util.Map;

/**
 * One capture of an article as the store keeps it, and also the shape of the article row (the best
 * version, {@link BestVersion}): what the capture said, where and by which parse. Dates are ISO-8601
 * text; {@code dates} are the evidence entries (date, source, raw).
 */
record ArticleSighting(String captureId, String articleId, String pageAddress, int indexOnPage, String parserVersion,
    String parseKey, String title, String published, String publishedSource, boolean datesDisagree,
    List<Map<String, String>> dates, String datelinePlace, String datelineDate, String body, String warnings) {}
