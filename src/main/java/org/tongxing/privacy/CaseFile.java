package org.tongxing.privacy;

/**
 * What access to a case file is decided on: which file it is and where the family lives. A household is one;
 * the privacy rules need nothing else of it.
 */
public interface CaseFile {

    long caseFileId();

    /** The compound the family lives in (15 digits); workers and cadres reach the files within their area. */
    String caseFileArea();
}
