"""Issue 14's desk: editors' saved queue views (DeskView), and the permission to undo a kill (`ingest.unkill_story`)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('ingest', '0011_queue_search_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='story',
            options={'ordering': ['-created_at', '-id'], 'permissions': [('unkill_story', 'Can restore a story killed by an editor, shortly after the kill')], 'verbose_name_plural': 'stories'},
        ),
        migrations.CreateModel(
            name='DeskView',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=60)),
                ('query', models.CharField(blank=True, default='', max_length=2000)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='desk_views', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['user', 'name'],
                'constraints': [models.UniqueConstraint(fields=('user', 'name'), name='deskview_unique_name_per_user')],
            },
        ),
    ]
