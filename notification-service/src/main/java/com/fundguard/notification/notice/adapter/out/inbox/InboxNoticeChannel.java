package com.fundguard.notification.notice.adapter.out.inbox;

import com.fundguard.notification.inbox.application.UserInbox;
import com.fundguard.notification.notice.application.NoticeChannel;
import com.fundguard.notification.notice.domain.Notice;
import com.fundguard.notification.notice.domain.NoticeText;
import com.fundguard.notification.notice.domain.Recipient;

/** Notices into the recipient's in-app inbox; the message's topic is the transfer, its cause the event. */
public class InboxNoticeChannel implements NoticeChannel {

    private final UserInbox inbox;

    public InboxNoticeChannel(UserInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void tell(Notice notice, Recipient recipient, NoticeText text) {
        inbox.deliver(notice.enterpriseId(), recipient.userId(), notice.causedBy(), notice.transferId().toString(),
                text.title(), text.body());
    }
}
