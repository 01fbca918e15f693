package org.tongxing.household;

/** How the family would like to be contacted first; many families have no smartphone, some no phone at all. */
public enum PreferredContact {
    PHONE, SMS, WECHAT, HOME_VISIT
}
