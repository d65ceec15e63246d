package com.fundguard.notification.notice.application;

import com.fundguard.notification.notice.domain.Notice;
import com.fundguard.notification.notice.domain.NoticeText;
import com.fundguard.notification.notice.domain.Recipient;

/** Where a rendered notice goes for one recipient; runs inside the event's transaction. */
public interface NoticeChannel {

    void tell(Notice notice, Recipient recipient, NoticeText text);
}
